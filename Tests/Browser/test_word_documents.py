"""The Word summary as the board opens it: LibreOffice converts each sample's .docx to PDF, and
every agreement of the register is found in it with its service levels, as a person reads them,
in type that can be read and within the page."""

import os
import pathlib
import pty
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import fitz  # PyMuPDF: the fonts and positions of the printed text
import pytest

from browser import GOVREG, ROOT

NS = "{urn:govreg:register:1}"
AS_OF = "2026-12-01"


def dutch_duration(value):
    """An ISO duration as the summary writes it in Dutch: PT15M is "15 minuten", P1D "1 dag"."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?", value)
    days, hours, minutes = (int(part) if part else 0 for part in match.groups())
    words = []
    if days:
        words.append(f"{days} {'dag' if days == 1 else 'dagen'}")
    if hours:
        words.append(f"{hours} uur")
    if minutes:
        words.append(f"{minutes} {'minuut' if minutes == 1 else 'minuten'}")
    return " ".join(words)


def agreements(register):
    """Each agreement's heading as the summary writes it, with its priorities and their times."""
    root = ElementTree.parse(ROOT / register).getroot()
    result = []
    for agreement in root.iter(NS + "agreement"):
        priorities = [(priority.get("name"), dutch_duration(priority.findtext(NS + "responseTime")),
                       dutch_duration(priority.findtext(NS + "restoreTime")))
                      for priority in agreement.iter(NS + "priority")]
        result.append((f"{agreement.findtext(NS + 'title')} ({agreement.get('id')})", priorities))
    return result


def word_summary_as_pdf(register, folder):
    document = folder / "overeenkomsten.docx"
    subprocess.run([str(GOVREG), "summary", register, "--format", "docx", "--output", str(document), "--as-of", AS_OF],
                   check=True, capture_output=True, cwd=ROOT)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(document)],
                   check=True, capture_output=True, timeout=300)
    return folder / "overeenkomsten.pdf"


def flowing(text):
    """Text as a person reads it: every run of white space one space, and a word that wraps
    after its hyphen ("sla-pacs-" at the end of a line) joined again."""
    return re.sub(r"\s+", " ", re.sub(r"-\n(?=\w)", "-", text.replace("\u00a0", " "))).strip()


@pytest.mark.parametrize("register", ["Samples/registers/hospital.xml", "Samples/registers/gp-practice.xml"])
def test_libreoffice_opens_the_word_summary_with_every_agreement_and_its_service_levels(register):
    with tempfile.TemporaryDirectory() as temporary:
        pdf = word_summary_as_pdf(register, pathlib.Path(temporary))
        document = fitz.open(str(pdf))
        text = flowing("\n".join(page.get_text() for page in document))
        expected = agreements(register)
        assert len(expected) >= 3
        starts = []
        for heading, _ in expected:
            assert heading in text, f"{heading} is not in the converted document"
            starts.append(text.index(heading))
        assert starts == sorted(starts), "the agreements are not in the register's order"
        for number, (heading, priorities) in enumerate(expected):
            section = text[starts[number]:starts[number + 1] if number + 1 < len(starts) else len(text)]
            if not priorities:
                continue
            assert "Serviceniveaus Prioriteit Wanneer Reactietijd Hersteltijd" in section, f"{heading} has no SLA table"
            for name, response, restore in priorities:
                assert re.search(rf"\b{re.escape(name)}\b", section), f"{heading}: priority {name} is missing"
                assert response in section and restore in section, f"{heading}: {name} {response} / {restore} are missing"

        # Each agreement starts a page; the type is at least 9.5 pt and stays inside the page.
        pages = [flowing(page.get_text()) for page in document]
        for heading, _ in expected[1:]:
            assert any(page.startswith(heading) for page in pages), f"{heading} does not start a page"
        for page in document:
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        if span["text"].strip():
                            assert span["size"] >= 9.5, f"{span['text']!r} is {span['size']} pt"
                            assert span["bbox"][2] <= page.rect.width - 28, f"{span['text']!r} runs past the right margin"


def test_a_word_document_is_not_printed_on_a_terminal():
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run([str(GOVREG), "summary", "Samples/registers/gp-practice.xml", "--format", "docx"],
                                stdout=terminal, stderr=subprocess.PIPE, cwd=ROOT, timeout=60, env=dict(os.environ, LANG="nl_NL.UTF-8"))
        os.set_blocking(controller, False)
        try:
            shown = os.read(controller, 65536)
        except BlockingIOError:
            shown = b""
    finally:
        os.close(controller)
        os.close(terminal)
    assert result.returncode == 2
    assert b"PK" not in shown
    assert "--output" in result.stderr.decode()
    assert "docx" in result.stderr.decode()
