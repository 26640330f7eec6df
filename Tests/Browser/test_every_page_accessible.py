"""Every page of `govreg serve`, on the hospital's register (the largest sample), and every page of
the report site `govreg report` writes for both samples, read in a real browser at desktop (1366
pixels) and phone (390) width: axe-core finds no accessibility violation on any of them, and no
page scrolls sideways (a wide RACI table scrolls inside its own box)."""

import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest
from selenium.webdriver.common.by import By

from browser import GOVREG, ROOT, TOKEN, Person, Server, chromium, copy_folder

AXE = pathlib.Path(os.environ.get("AXE_CORE", ROOT / ".build" / "browser-tools" / "axe.min.js"))

# Every kind of page: the report pages, the forms (the register, a part, a new part with every
# kind of field, a part with a list of parts), the RACI grid, the upload form.
PAGES = [
    "/", "/raci.html", "/agreements.html", "/reviews.html", "/continuity.html", "/cards.html",
    "/edit", "/edit?path=parties", "/edit?path=parties/party%5Bict%5D",
    "/edit?path=agreements/agreement%5Bdvo-epd-hosting-2025%5D",
    "/edit?path=agreements/agreement%5Bdvo-epd-hosting-2025%5D/serviceLevels/serviceHours",
    "/edit?path=agreements/agreement%5Bdvo-epd-hosting-2025%5D/escalation/level%5B1%5D/contact",
    "/edit?path=systems/system%5Bepd%5D", "/raci-edit", "/upload",
]


@pytest.fixture(scope="module")
def hospital():
    assert AXE.is_file(), f"axe-core is missing at {AXE}; the README's test command fetches it"
    folder = copy_folder()
    file = folder / "register.xml"
    shutil.copy(ROOT / "Samples" / "registers" / "hospital.xml", file)
    server = Server(file)
    yield server
    server.stop()


def violations(driver):
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ["violations"]}).then(result => done(result.violations), error => done(String(error)));
    """)
    assert isinstance(result, list), result
    return [(violation["id"], violation["help"], [node["target"] for node in violation["nodes"]][:5]) for violation in result]


def look_at(driver, name, found, sideways):
    """Notes the page's accessibility violations in `found` and, if it scrolls sideways, by how
    many pixels in `sideways`."""
    problems = violations(driver)
    if problems:
        found[name] = problems
    wide = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if wide > 0:
        sideways[name] = wide


def new_part_pages(person):
    """The form for a new agreement, as the register's own page opens it: every kind of field."""
    person.open("/edit?path=agreements")
    person.add(option_for(person, "agreement"), "nieuw")
    yield "new agreement", person
    person.open("/edit?path=parties")
    person.add(option_for(person, "party"), "nieuwe-partij")
    person.press("Toevoegen")  # nothing filled in: the same form, each needed field marked
    yield "new party, still needing its fields", person
    # A vendor's file: what importing it would change, and a file with problems at their lines.
    for name, sample in (("upload preview", "Samples/agreements/epd-hosting.xml"), ("upload problems", "Samples/invalid/XSD-invalid-date.xml")):
        person.open("/upload")
        person.driver.find_element(By.ID, "agreement").send_keys(str(ROOT / sample))
        person.press("Controleren")
        yield name, person


def option_for(person, value):
    """The words of the part `value` (an element name) in the page's list of parts to add."""
    for option in person.driver.find_element(By.ID, "part").find_elements(By.TAG_NAME, "option"):
        if option.get_attribute("value") == value:
            return option.text
    raise AssertionError(f"no part {value} to add")


@pytest.mark.parametrize("width", [1366, 390])
def test_axe_finds_no_violation_and_nothing_scrolls_sideways(hospital, width):
    driver = chromium(width=width, height=900)
    try:
        person = Person(driver, hospital)
        person.start()
        found = {}
        sideways = {}
        def look(name):
            look_at(driver, name, found, sideways)
        for page in PAGES:
            person.open(page)
            assert "Niet gevonden" not in person.heading(), page
            look(page)
        for name, _ in new_part_pages(person):
            look(name)
        assert found == {}, found
        assert sideways == {}, f"pages wider than {width} pixels: {sideways}"
    finally:
        driver.quit()


@pytest.mark.parametrize("width", [1366, 390])
def test_every_page_of_the_report_site_has_no_violation_and_fits(width):
    assert AXE.is_file(), f"axe-core is missing at {AXE}; the README's test command fetches it"
    driver = chromium(width=width, height=900)
    try:
        with tempfile.TemporaryDirectory() as temporary:
            found, sideways, pages = {}, {}, []
            for sample in ("gp-practice", "hospital"):
                site = pathlib.Path(temporary) / sample
                subprocess.run([str(GOVREG), "report", f"Samples/registers/{sample}.xml", "--output", str(site), "--as-of", "2026-12-01"],
                               check=True, capture_output=True, cwd=ROOT)
                pages += sorted(site.glob("*.html"))
            # Every page: the overview, RACI, agreements, reviews, continuity, cards and one per agreement.
            assert len(pages) >= 2 * 7
            for page in pages:
                driver.get(page.as_uri())
                look_at(driver, f"{page.parent.name}/{page.name}", found, sideways)
            assert found == {}, found
            assert sideways == {}, f"pages wider than {width} pixels: {sideways}"
    finally:
        driver.quit()
