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
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

/* A flag one thread raises and another polls, without a lock: the schema check tells the model
   reader, working beside it on another thread, that the file has failed. */
static inline void govreg_raise_flag(int *flag) {
    __atomic_store_n(flag, 1, __ATOMIC_RELAXED);
}

static inline int govreg_flag_is_raised(const int *flag) {
    return __atomic_load_n(flag, __ATOMIC_RELAXED);
}

/* Turns glibc's fast bins off, so small blocks merge as they are freed (see AllocatorTuning). */
static inline void govreg_merge_freed_blocks_at_once(void) {
#ifdef __GLIBC__
    mallopt(M_MXFAST, 0);
#endif
}

#endif
