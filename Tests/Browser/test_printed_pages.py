"""What people print, printed as Chromium prints it to A4: the escalation cards one sheet per
system with every phone number of the register whole; agreements and reviews in type that can be
read, nothing past the right margin."""

import pathlib
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import fitz  # PyMuPDF: the fonts and positions of the printed text
import pytest

from browser import GOVREG, ROOT

NS = "{urn:govreg:register:1}"
AS_OF = "2026-12-01"
# A4 is 595 x 842 points; the pages print with a margin of at least 8 mm (22.7 points).
A4_WIDTH = 595.3


def print_to_pdf(html, pdf):
    """Prints an HTML file to PDF with headless Chromium, as a person prints it to A4."""
    browser = shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, timeout=120)
    return pdf


def printed(arguments, folder):
    """Runs govreg to write an HTML page and prints it."""
    html = folder / "page.html"
    subprocess.run([str(GOVREG), *arguments, "--as-of", AS_OF, "--output", str(html)], check=True, capture_output=True, cwd=ROOT)
    return print_to_pdf(html, folder / "page.pdf")


def page_texts(pdf):
    """The text of each page as pdftotext reads it."""
    pages = fitz.open(str(pdf)).page_count
    return [subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                           check=True, capture_output=True, text=True).stdout for number in range(1, pages + 1)]


def critical_systems(register):
    root = ElementTree.parse(ROOT / register).getroot()
    return [system.findtext(NS + "name") for system in root.iter(NS + "system") if system.get("criticality") == "critical"]


def phone_numbers(register):
    root = ElementTree.parse(ROOT / register).getroot()
    return sorted({phone.text.strip() for phone in root.iter(NS + "phone")})


@pytest.mark.parametrize("register", ["Samples/registers/hospital.xml", "Samples/registers/gp-practice.xml"])
def test_escalation_cards_print_one_sheet_per_system_with_every_number(register):
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name)
        pages = page_texts(printed(["card", register], folder))
    systems = critical_systems(register)
    # Each card starts a sheet with the system's name, and the next sheet is the next card (or the
    # phone list): no card runs onto a second sheet.
    starts = [text.splitlines()[0].strip() for text in pages]
    assert starts[:len(systems)] == [f"Uitval van {system}" for system in systems], starts
    assert starts[len(systems)] == "Telefoonlijst", starts
    # Every number of the register is on paper, whole: never split over two lines.
    text = "\n".join(pages)
    missing = [number for number in phone_numbers(register) if number not in text]
    assert not missing, missing


def printed_site_page(page, folder):
    """Writes the hospital's report site and prints one of its pages to PDF."""
    site = folder / "site"
    subprocess.run([str(GOVREG), "report", "Samples/registers/hospital.xml", "--as-of", AS_OF, "--output", str(site)],
                   check=True, capture_output=True, cwd=ROOT)
    return print_to_pdf(site / page, folder / "page.pdf")


@pytest.mark.parametrize("page", ["agreements.html", "reviews.html", "continuity.html", "cards.html"])
def test_printed_reports_are_readable_and_stay_within_the_margins(page):
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name)
        document = fitz.open(str(printed_site_page(page, folder)))
        smallest, widest = 99.0, 0.0
        for page in document:
            assert abs(page.rect.width - A4_WIDTH) < 1, "printed on A4"
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        if span["text"].strip():
                            smallest = min(smallest, span["size"])
                            widest = max(widest, span["bbox"][2])
    # Chromium shrinks a page that is too wide for the paper; then the type gets small.
    assert round(smallest, 1) >= 9.5, f"smallest type {smallest:.1f} pt"
    assert widest <= A4_WIDTH - 22, f"text runs to {widest:.0f} pt of {A4_WIDTH:.0f}"
