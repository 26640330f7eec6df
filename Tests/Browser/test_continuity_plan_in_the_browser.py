"""The hospital's crisis coordinator, who has never seen XML, writes the continuity plan into the
register in the browser: the plan with its approval, an emergency with its procedure and who does
what, and a communication plan. After each step the file on disk is read back, valid to xmllint and
to govreg with its comments kept; then govreg's continuity check and the escalation card show the
plan."""

import shutil

import pytest

from browser import NAMESPACE, ROOT, comments, copy_folder, govreg, person_at, register, schema_check


@pytest.fixture
def hospital():
    folder = copy_folder()
    file = folder / "register.xml"
    shutil.copy(ROOT / "Samples" / "registers" / "hospital.xml", file)
    with person_at(file) as person:
        yield person, file, comments(file)


def check_file(file, original_comments):
    verdict = schema_check(file)
    assert verdict.returncode == 0, verdict.stderr
    checked = govreg("validate", str(file))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert comments(file) == original_comments
    plan = register(file).find("g:continuityPlan", NAMESPACE)
    assert plan is not None
    return plan


def test_the_continuity_plan_is_written_in_the_browser(hospital):
    person, file, original = hospital
    assert register(file).find("g:continuityPlan", NAMESPACE) is None

    # The plan: its version, who keeps it, its title, and the board's approval, in one form.
    person.open("/edit")
    person.add("Het continuïteitsplan voor de dag dat de IT uitvalt")
    person.fill("De versie van het plan", "1.0")
    person.fill("Wie het plan bijhoudt", "Crisisteam (crisisteam)")
    person.fill("Titel van het plan", "Continuïteitsplan bij uitval van het EPD")
    approval = "Eén goedkeuring door het management"
    person.fill("De versie van het plan die goedgekeurd is", "1.0", box=approval)
    person.fill("Wie goedkeurde", "Raad van Bestuur (rvb)", box=approval)
    person.fill("Datum van de goedkeuring", "2026-11-20", box=approval)
    person.press("Toevoegen")
    person.saved()
    plan = check_file(file, original)
    assert (plan.get("version"), plan.get("owner")) == ("1.0", "crisisteam")
    assert plan.find("g:title", NAMESPACE).text == "Continuïteitsplan bij uitval van het EPD"
    assert plan.find("g:approval", NAMESPACE).attrib == {"version": "1.0", "by": "rvb", "date": "2026-11-20"}

    # An emergency, from the plan's own page: what it takes down, its procedure, who does what.
    person.add("Eén noodsituatie waar het plan op voorbereidt", "epd-uitval")
    person.fill("Soort noodsituatie", "uitval van een systeem (system-outage)")
    person.fill("Hoe waarschijnlijk de noodsituatie is", "middel (medium)")
    person.fill("Prioriteit in het plan", "1")
    person.fill("Naam van de noodsituatie", "Uitval van het EPD")
    person.fill("Wat het betekent voor de zorg en de patiënten", "Geen dossiers, medicatie of orders.")
    person.fill("Hoe de zorg doorgaat", "Downtime-box met papieren formulieren.")
    person.fill("Hoe de communicatie loopt", "Het crisisteam via de belboom.")
    person.fill("Hoe de patiëntgegevens beschermd blijven", "Papieren formulieren in afgesloten bakken.")
    person.fill("Een systeem dat bij deze noodsituatie uitvalt", "EPD (epd)", box="Een systeem dat bij deze noodsituatie uitvalt")
    person.fill("De partij die het doet", "Crisisteam (crisisteam)", box="Wie wat doet")
    person.fill("Wie wat doet", "Roept het crisisteam bijeen en houdt het logboek bij.", box="Wie wat doet")
    person.press("Toevoegen")
    person.saved()
    plan = check_file(file, original)
    scenario = plan.find("g:scenario[@id='epd-uitval']", NAMESPACE)
    assert (scenario.get("kind"), scenario.get("likelihood"), scenario.get("priority")) == ("system-outage", "medium", "1")
    assert scenario.find("g:affects", NAMESPACE).get("system") == "epd"
    task = scenario.find("g:task", NAMESPACE)
    assert (task.get("party"), task.text) == ("crisisteam", "Roept het crisisteam bijeen en houdt het logboek bij.")
    # The schema's order, whatever order the form was filled in.
    assert [child.tag.split("}")[1] for child in plan] == ["title", "scenario", "approval"]

    # The communication plan: one call of the call tree and a channel that needs no network.
    person.open("/edit?path=continuityPlan")
    person.add("Het communicatieplan")
    call = "Eén stap van de belboom"
    person.fill("Wie belt", "Crisisteam (crisisteam)", box=call)
    person.fill("Wie gebeld wordt", "Raad van Bestuur (rvb)", box=call)
    channel = "Een communicatiemiddel en waarvoor het dient"
    person.fill("Soort communicatiemiddel", "portofoon (radio)", box=channel)
    person.fill("Werkt ook als netwerk en internet uitvallen", "ja", box=channel)
    person.fill("Een communicatiemiddel en waarvoor het dient", "Portofoons van de beveiliging", box=channel)
    person.press("Toevoegen")
    person.saved()
    plan = check_file(file, original)
    assert plan.find("g:communication/g:call", NAMESPACE).attrib == {"from": "crisisteam", "to": "rvb"}
    radio = plan.find("g:communication/g:channel", NAMESPACE)
    assert (radio.get("kind"), radio.get("withoutNetwork"), radio.text) == ("radio", "true", "Portofoons van de beveiliging")

    # What govreg makes of it: approved, so no CT013; nobody outside is informed yet (CT015); the
    # EPD has its emergency, the lab's system not yet (CT014).
    check = govreg("continuity", str(file), "--as-of", "2026-12-01")
    assert "[CT013]" not in check.stdout
    assert "[CT015] het communicatieplan licht geen zorgpartner, instantie of patiënten in" in check.stdout, check.stdout
    assert "[CT014] het continuïteitsplan heeft geen noodsituatie waarin het kritieke EPD uitvalt" not in check.stdout
    assert "[CT014] het continuïteitsplan heeft geen noodsituatie waarin het kritieke" in check.stdout

    # The escalation card of the EPD, as the browser shows it, carries the plan.
    person.open("/cards.html")
    text = person.text()
    assert "Wie doet wat" in text
    assert "Crisisteam: Roept het crisisteam bijeen en houdt het logboek bij." in text
    assert "Crisisteam belt Raad van Bestuur" in text
    assert "Werkt zonder netwerk: Portofoons van de beveiliging" in text
