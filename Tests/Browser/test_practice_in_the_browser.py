"""Someone who has never seen XML sets up the GP practice of the samples in the browser, starting
from the register `govreg init` makes: three vendors with their contacts, a system, the HIS
agreement with its service level and three escalation levels, the RACI of three activities, a
review, and a vendor's agreement file uploaded and imported. After each step the file on disk is
read back: the change is there, the file is valid to xmllint, and the comments of the starter
register are still in it."""

import pathlib

import pytest

from selenium.webdriver.common.by import By

from browser import NAMESPACE, ROOT, choose, comments, copy_folder, govreg, person_at, register, schema_check

G = "{urn:govreg:register:1}"

# The vendor's own file for the KIS, as Ketenpunt would send it.
KIS_AGREEMENT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Dienstverleningsovereenkomst KIS, aangeleverd door Ketenpunt Zorgsoftware B.V. -->
<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="kis-ketenpunt-2025" vendor="ketenpunt">
  <title>Ketenzorginformatiesysteem (KIS)</title>
  <systems>
    <system ref="kis"/>
  </systems>
  <term>
    <start>2025-01-01</start>
    <initialTerm>P2Y</initialTerm>
    <renewal kind="automatic" term="P1Y"/>
    <noticePeriod>P3M</noticePeriod>
  </term>
  <serviceLevels>
    <serviceHours>
      <window days="mon tue wed thu fri" from="08:00" until="17:00"/>
    </serviceHours>
    <priority name="P1">
      <responseTime>PT1H</responseTime>
      <restoreTime>PT8H</restoreTime>
    </priority>
  </serviceLevels>
  <escalation>
    <level after="PT1H">
      <name>Servicedesk Ketenpunt</name>
      <contact>
        <name>Servicedesk Ketenpunt</name>
        <phone use="office">+31 30 799 1200</phone>
      </contact>
    </level>
  </escalation>
</agreement>
"""


@pytest.fixture
def practice():
    folder = copy_folder()
    file = folder / "register.xml"
    made = govreg("init", str(file), "--kind", "gp-practice", "--organisation", "Huisartsenpraktijk De Zilverlinde")
    assert made.returncode == 0, made.stderr
    with person_at(file) as person:
        yield person, file, comments(file)


def check_file(file, starter_comments):
    """The register on disk is valid, to xmllint and to govreg, and keeps its comments."""
    verdict = schema_check(file)
    assert verdict.returncode == 0, verdict.stderr
    checked = govreg("validate", str(file))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert comments(file) == starter_comments
    return register(file)


def party(root, key):
    found = root.find(f"g:parties/g:party[@id='{key}']", NAMESPACE)
    assert found is not None, f"no party {key}"
    return found


def add_vendor(person, file, starter, key, name, contact, phone):
    person.open("/edit?path=parties")
    person.add("Eén partij", key)
    assert person.heading() == f"Toevoegen: Eén partij ({key})"
    person.fill("Soort partij", "leverancier (vendor)")
    person.fill("Naam", name)
    person.press("Toevoegen")
    assert any(name in line for line in person.saved())
    root = check_file(file, starter)
    added = party(root, key)
    assert added.get("kind") == "vendor"
    assert added.find("g:name", NAMESPACE).text == name
    # The new party's own page is open: add its contact there.
    person.add("Een contactpersoon of -functie")
    person.fill("Naam van de persoon of de functie", contact)
    person.fill("Telefoonnummer", phone, box="Telefoonnummer")
    person.fill("Waarvoor dit nummer is", "kantoor (office)", box="Telefoonnummer")
    person.press("Toevoegen")
    person.saved()
    root = check_file(file, starter)
    added = party(root, key)
    assert added.find("g:contact/g:name", NAMESPACE).text == contact
    assert added.find("g:contact/g:phone", NAMESPACE).text == phone
    assert added.find("g:contact/g:phone", NAMESPACE).get("use") == "office"


def test_someone_sets_up_the_gp_practice_in_the_browser(practice):
    person, file, starter = practice
    assert starter, "the starter register has comments to keep"

    # Three vendors, each with a contact.
    add_vendor(person, file, starter, "dossierhuis", "Dossierhuis Huisartsensoftware B.V.", "Servicedesk Dossierhuis", "+31 85 620 4300")
    add_vendor(person, file, starter, "ketenpunt", "Ketenpunt Zorgsoftware B.V.", "Servicedesk Ketenpunt", "+31 30 799 1200")
    add_vendor(person, file, starter, "praatlijn", "Praatlijn Zakelijk B.V.", "Storingsdienst Praatlijn", "+31 88 115 0000")

    # The HIS is Dossierhuis's; the KIS is added, from Ketenpunt.
    person.open("/edit?path=systems")
    person.follow("HIS")
    person.fill("De leverancier van het systeem", "Dossierhuis Huisartsensoftware B.V. (dossierhuis)")
    person.fill("De terugvalprocedure bij uitval", "Werken op papier met de geprinte afsprakenlijst; spoedgevallen naar de HAP.")
    person.press("Opslaan")
    person.saved()
    root = check_file(file, starter)
    his = root.find("g:systems/g:system[@id='his']", NAMESPACE)
    assert his.get("vendor") == "dossierhuis"
    assert his.find("g:fallback", NAMESPACE).text.startswith("Werken op papier")

    person.open("/edit?path=systems")
    person.add("Eén systeem", "kis")
    person.fill("Hoe kritiek het systeem is voor de zorg", "hoog (high)")
    person.fill("De leverancier van het systeem", "Ketenpunt Zorgsoftware B.V. (ketenpunt)")
    person.fill("Naam van het systeem of de dienst", "KIS")
    person.fill("Maximaal toelaatbare uitvaltijd", "1", unit="dagen")
    person.fill("De terugvalprocedure bij uitval", "Ketenzorgcontroles uitstellen; metingen op papier en later invoeren.")
    person.press("Toevoegen")
    person.saved()
    root = check_file(file, starter)
    kis = root.find("g:systems/g:system[@id='kis']", NAMESPACE)
    assert (kis.get("criticality"), kis.get("vendor")) == ("high", "ketenpunt")
    assert kis.find("g:maxDowntime", NAMESPACE).text == "P1D"

    # The HIS agreement: term, service hours, P1 with its times, the first escalation level.
    person.open("/edit")
    person.add("Een overeenkomst", "dvo-his-dossierhuis")
    person.fill("De leverancier", "Dossierhuis Huisartsensoftware B.V. (dossierhuis)")
    person.fill("Naam van de overeenkomst", "Dienstverlening HIS")
    person.fill("Het systeem", "HIS (his)", box="De systemen die deze overeenkomst dekt › Eén gedekt systeem")
    person.fill("Ingangsdatum van de overeenkomst", "2024-06-01", box="Looptijd")
    person.fill("De eerste looptijd vanaf de ingangsdatum", "3", box="Looptijd", unit="jaar")
    person.fill("Opzegtermijn", "3", box="Looptijd", unit="maanden")
    person.fill("Hoe de overeenkomst na de looptijd verder gaat", "stilzwijgend (automatic)", box="Looptijd › Verlenging na de looptijd")
    person.fill("De duur van elke verlenging", "1", box="Looptijd › Verlenging na de looptijd", unit="jaar")
    window = "Het serviceniveau › Servicetijden › Een wekelijks servicevenster"
    person.fill("De dagen waarop dit venster begint", "ma-vr", box=window)
    person.fill("Begintijd", "08:00", box=window)
    person.fill("Eindtijd", "17:00", box=window)
    priority = "Het serviceniveau › Eén prioriteit met haar tijden"
    person.fill("Naam van de prioriteit", "P1", box=priority)
    person.fill("Wanneer deze prioriteit geldt", "Het HIS is voor de hele praktijk onbruikbaar.", box=priority)
    person.fill("Reactietijd", "30", box=priority, unit="minuten")
    person.fill("Hersteltijd", "4", box=priority, unit="uur")
    level = "Het escalatiepad › Eén escalatieniveau"
    person.fill("Na hoeveel tijd", "0", box=level, unit="minuten")
    person.fill("Naam van het niveau", "Servicedesk", box=level)
    person.fill("Naam van de persoon of de functie", "Servicedesk Dossierhuis", box=level + " › Wie u bij de leverancier op dit niveau belt")
    person.fill("Telefoonnummer", "+31 85 620 4300", box=level + " › Wie u bij de leverancier op dit niveau belt › Telefoonnummer")
    person.press("Toevoegen")
    assert any("Dienstverlening HIS" in line for line in person.saved())
    root = check_file(file, starter)
    agreement = root.find("g:agreements/g:agreement[@id='dvo-his-dossierhuis']", NAMESPACE)
    assert agreement.get("vendor") == "dossierhuis"
    assert agreement.find("g:systems/g:system", NAMESPACE).get("ref") == "his"
    term = agreement.find("g:term", NAMESPACE)
    assert [term.find(f"g:{name}", NAMESPACE).text for name in ("start", "initialTerm", "noticePeriod")] == ["2024-06-01", "P3Y", "P3M"]
    assert (term.find("g:renewal", NAMESPACE).get("kind"), term.find("g:renewal", NAMESPACE).get("term")) == ("automatic", "P1Y")
    window_element = agreement.find("g:serviceLevels/g:serviceHours/g:window", NAMESPACE)
    assert (window_element.get("days"), window_element.get("from"), window_element.get("until")) == ("mon tue wed thu fri", "08:00", "17:00")
    p1 = agreement.find("g:serviceLevels/g:priority[@name='P1']", NAMESPACE)
    assert (p1.find("g:responseTime", NAMESPACE).text, p1.find("g:restoreTime", NAMESPACE).text) == ("PT30M", "PT4H")

    # A second priority, from the service level's own page.
    person.follow("Het serviceniveau")
    person.add("Eén prioriteit met haar tijden", "P2")
    person.fill("Wanneer deze prioriteit geldt", "Een deel van het HIS werkt niet, zoals recepten of de agenda.")
    person.fill("Reactietijd", "2", unit="uur")
    person.fill("Hersteltijd", "8", unit="uur")
    person.press("Toevoegen")
    person.saved()
    root = check_file(file, starter)
    p2 = root.find("g:agreements/g:agreement/g:serviceLevels/g:priority[@name='P2']", NAMESPACE)
    assert (p2.find("g:responseTime", NAMESPACE).text, p2.find("g:restoreTime", NAMESPACE).text) == ("PT2H", "PT8H")

    # Escalation levels two and three.
    for after, name, contact, phone in (("2", "Teamleider support", "Ruud Kramer", "+31 6 1234 5678"),
                                        ("4", "Directie", "Anouk de Vries", "+31 6 8765 4321")):
        person.open("/edit?path=agreements/agreement%5Bdvo-his-dossierhuis%5D")
        person.follow("Het escalatiepad")
        person.add("Eén escalatieniveau")
        person.fill("Na hoeveel tijd", after, unit="uur")
        person.fill("Naam van het niveau", name)
        person.fill("Naam van de persoon of de functie", contact, box="Wie u bij de leverancier op dit niveau belt")
        person.fill("Telefoonnummer", phone, box="Wie u bij de leverancier op dit niveau belt › Telefoonnummer")
        person.fill("Waarvoor dit nummer is", "mobiel (mobile)", box="Wie u bij de leverancier op dit niveau belt › Telefoonnummer")
        person.press("Toevoegen")
        person.saved()
        check_file(file, starter)
    root = register(file)
    levels = root.findall("g:agreements/g:agreement/g:escalation/g:level", NAMESPACE)
    assert [(level.get("after"), level.find("g:name", NAMESPACE).text) for level in levels] == [
        ("PT0S", "Servicedesk"), ("PT2H", "Teamleider support"), ("PT4H", "Directie")]
    assert levels[2].find("g:contact/g:phone", NAMESPACE).text == "+31 6 8765 4321"

    # The RACI of three activities: a matrix with its first activity, then in the matrix itself
    # two more and who does what.
    person.open("/edit?path=raci")
    person.add("Eén RACI-matrix", "raci-his")
    person.fill("Titel van de matrix", "HIS-storingen")
    person.fill("Vaste sleutel van de activiteit", "storing-melden", box="Eén rij van de matrix")
    person.fill("Naam van de activiteit", "Storing melden bij Dossierhuis", box="Eén rij van de matrix")
    person.fill("De partij", "Praktijkmanager (praktijkmanager)", box="Eén rij van de matrix › Eén cel van de matrix")
    person.fill("De rol", "A", box="Eén rij van de matrix › Eén cel van de matrix")
    person.press("Toevoegen")
    # An activity needs someone who does the work: the page says so, and nothing is written.
    assert "geef de partij die het werk doet de rol R" in person.text()
    assert register(file).find("g:raci/g:matrix[@id='raci-his']", NAMESPACE) is None
    person.fill("De rol", "A R", box="Eén rij van de matrix › Eén cel van de matrix")
    person.press("Toevoegen")
    person.saved()
    check_file(file, starter)

    person.open("/raci-edit")
    cell = lambda activity, party_key: person.driver.find_element(By.NAME, f"cell:raci-his|{activity}|{party_key}")
    new_cell = lambda party_key: person.driver.find_element(By.NAME, f"newcell:raci-his|{party_key}")
    choose(cell("storing-melden", "praktijkmanager"), "A")
    choose(cell("storing-melden", "assistentes"), "R")
    choose(cell("storing-melden", "dossierhuis"), "I")
    person.driver.find_element(By.NAME, "new:raci-his").send_keys("Escaleren volgens het escalatiepad")
    choose(new_cell("praktijkhouder"), "A")
    choose(new_cell("praktijkmanager"), "R")
    choose(new_cell("dossierhuis"), "C")
    person.press("Opslaan")
    person.saved()
    check_file(file, starter)
    person.driver.find_element(By.NAME, "new:raci-his").send_keys("Werken op papier")
    choose(new_cell("praktijkmanager"), "A")
    choose(new_cell("assistentes"), "R")
    person.press("Opslaan")
    person.saved()
    root = check_file(file, starter)
    matrix = root.find("g:raci/g:matrix[@id='raci-his']", NAMESPACE)
    activities = matrix.findall("g:activity", NAMESPACE)
    assert [(activity.get("id"), activity.find("g:name", NAMESPACE).text) for activity in activities] == [
        ("storing-melden", "Storing melden bij Dossierhuis"),
        ("escaleren-volgens-het-escalatiepad", "Escaleren volgens het escalatiepad"),
        ("werken-op-papier", "Werken op papier")]
    found = {(activity.get("id"), assignment.get("party")): assignment.get("role")
             for activity in activities for assignment in activity.findall("g:assignment", NAMESPACE)}
    assert found == {("storing-melden", "praktijkmanager"): "A", ("storing-melden", "assistentes"): "R", ("storing-melden", "dossierhuis"): "I",
                     ("escaleren-volgens-het-escalatiepad", "praktijkhouder"): "A", ("escaleren-volgens-het-escalatiepad", "praktijkmanager"): "R",
                     ("escaleren-volgens-het-escalatiepad", "dossierhuis"): "C",
                     ("werken-op-papier", "praktijkmanager"): "A", ("werken-op-papier", "assistentes"): "R"}

    # A review of the HIS agreement.
    person.open("/edit?path=agreements/agreement%5Bdvo-his-dossierhuis%5D")
    person.add("Eén gehouden herziening")
    person.fill("Datum van de herziening", "2026-11-20")
    person.fill("Wie de herziening deed", "Karin Schouten, praktijkmanager")
    person.fill("De uitkomst", "goedgekeurd (approved)")
    person.fill("Wat er besproken of afgesproken is", "Telefoonnummers van het escalatiepad gecontroleerd.")
    person.press("Toevoegen")
    person.saved()
    root = check_file(file, starter)
    review = root.find("g:agreements/g:agreement/g:reviews/g:review", NAMESPACE)
    assert (review.get("date"), review.get("by"), review.get("outcome")) == ("2026-11-20", "Karin Schouten, praktijkmanager", "approved")

    # Ketenpunt's own file for the KIS: a broken copy is refused with its line, the real one
    # shows what it would change and is imported.
    broken = file.parent / "kis-kapot.xml"
    broken.write_text(KIS_AGREEMENT.replace("<restoreTime>PT8H</restoreTime>", "<restoreTime>8 uur</restoreTime>"), encoding="utf-8")
    before = file.read_bytes()
    person.open("/upload")
    person.driver.find_element(By.ID, "agreement").send_keys(str(broken))
    person.press("Controleren")
    problems = person.text()
    assert "Niet opgeslagen" in problems and "regel 20: [XSD] <restoreTime>" in problems, problems
    assert file.read_bytes() == before

    vendor_file = file.parent / "kis-ketenpunt.xml"
    vendor_file.write_text(KIS_AGREEMENT, encoding="utf-8")
    person.open("/upload")
    person.driver.find_element(By.ID, "agreement").send_keys(str(vendor_file))
    person.press("Controleren")
    assert "Wat importeren zou wijzigen" in person.text()
    assert file.read_bytes() == before
    person.press("Importeren")
    person.saved()
    root = check_file(file, starter)
    imported = root.find("g:agreements/g:agreement[@id='kis-ketenpunt-2025']", NAMESPACE)
    assert imported.get("vendor") == "ketenpunt"
    assert imported.find("g:serviceLevels/g:priority/g:restoreTime", NAMESPACE).text == "PT8H"

    # The practice as it set itself up: three vendors, the HIS agreement with its SLA and escalation.
    root = register(file)
    vendors = [element.get("id") for element in root.findall("g:parties/g:party[@kind='vendor']", NAMESPACE)]
    assert {"dossierhuis", "ketenpunt", "praatlijn"} <= set(vendors)
    summary = govreg("summary", str(file), "--as-of", "2026-12-01")
    assert summary.returncode == 0 and "Dienstverlening HIS" in summary.stdout, summary.stdout + summary.stderr
