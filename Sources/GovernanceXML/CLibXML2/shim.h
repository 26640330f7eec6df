#ifndef GOVREG_CLIBXML2_SHIM_H
#define GOVREG_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2 built with ICU exposes ICU types in its headers; govreg does not need them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>

/* Swift cannot define a C variadic function, and libxml2's generic error channel takes one. */
static void govreg_discard_generic_error(void *context, const char *message, ...) {
    (void) context;
    (void) message;
}

/* Routes libxml2's unstructured error output (which would go to stderr) nowhere, on the calling
   thread. Every error govreg reports comes through a structured handler. */
static inline void govreg_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, govreg_discard_generic_error);
}

/* The same for threads created from now on; called once, at initialisation. */
static inline void govreg_silence_generic_errors_by_default(void) {
    xmlThrDefSetGenericErrorFunc(NULL, govreg_discard_generic_error);
}

/* libxml2's deallocator is a global variable, which Swift 6 will not read from concurrent code. */
static inline void govreg_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
