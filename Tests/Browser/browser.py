"""A person at a real browser: headless Chromium under WebDriver, talking to a running
`govreg serve` on a copy of a register. The helpers find fields by their visible labels and
buttons by their words, as the person reads them, and read the register back from disk."""

import contextlib
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOVREG = pathlib.Path(os.environ.get("GOVREG", ROOT / ".build" / "debug" / "govreg"))
NAMESPACE = {"g": "urn:govreg:register:1"}
TOKEN = "5e1e4ab2c3d4e5f60718293a4b5c6d7e"


@contextlib.contextmanager
def person_at(file):
    """`govreg serve FILE` and a person at headless Chromium who has opened it with the token."""
    server = Server(file)
    driver = chromium()
    try:
        person = Person(driver, server)
        person.start()
        yield person
    finally:
        driver.quit()
        server.stop()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`govreg serve REGISTER` on a free loopback port, with a known token."""

    def __init__(self, register, as_of="2026-12-01"):
        self.register = pathlib.Path(register)
        self.port = free_port()
        self.log = open(self.register.parent / "serve.log", "w+")
        environment = dict(os.environ, GOVREG_TOKEN=TOKEN)
        self.process = subprocess.Popen(
            [str(GOVREG), "serve", str(self.register), "--port", str(self.port), "--as-of", as_of],
            stdout=self.log, stderr=subprocess.STDOUT, env=environment)
        for _ in range(200):
            self.log.seek(0)
            if "token=" in self.log.read():
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("govreg serve did not start")
        self.base = f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log.close()


def chromium(width=1280, height=1000):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=nl-NL"):
        options.add_argument(argument)
    if width < 500:
        # A phone: a desktop window cannot be made this narrow, so the phone's screen is emulated.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 3}})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.implicitly_wait(0)
    return driver


class Person:
    """What a person does in the browser: open pages, follow links, fill in labelled fields,
    press buttons, read what the page says."""

    def __init__(self, driver, server):
        self.driver = driver
        self.server = server

    def start(self):
        self.driver.get(f"{self.server.base}/?token={TOKEN}")

    def open(self, address):
        self.driver.get(self.server.base + address)

    def follow(self, words):
        """Clicks the link whose text contains `words`."""
        links = [link for link in self.driver.find_elements(By.TAG_NAME, "a") if words in link.text]
        assert links, f"no link with {words!r} on {self.driver.current_url}:\n{self.text()}"
        self.click_and_wait(links[0])

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def heading(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def field(self, label, box=None):
        """The input, select or text area whose label reads `label` (without its * mark),
        inside the box (fieldset) whose legend reads `box` when given."""
        scope = self.driver
        if box is not None:
            boxes = [fieldset for fieldset in self.driver.find_elements(By.TAG_NAME, "fieldset")
                     if fieldset.find_element(By.TAG_NAME, "legend").text == box]
            assert boxes, f"no box {box!r} on {self.driver.current_url}"
            scope = boxes[0]
        labels = [element for element in scope.find_elements(By.TAG_NAME, "label")
                  if element.text.rstrip(" *") == label and scope_of(element, box)]
        assert labels, f"no field {label!r} in {box!r} on {self.driver.current_url}:\n{self.text()}"
        return self.driver.find_element(By.ID, labels[0].get_attribute("for"))

    def fill(self, label, value, box=None, unit=None):
        """Types `value` in a field, chooses it in a list (by its visible words), or for a
        duration types the number and chooses the unit."""
        element = self.field(label, box)
        kind = element.get_attribute("type")
        if element.tag_name == "select":
            choose(element, value)
        elif kind == "date":
            # A date field's typing order follows the browser's locale; the value is ISO.
            self.driver.execute_script("arguments[0].value = arguments[1]", element, value)
        else:
            element.clear()
            element.send_keys(value)
        if unit is not None:
            choose(element.find_element(By.XPATH, "following-sibling::select"), unit)

    def press(self, words, form_action=None):
        """Presses the button reading `words` (in the form posting to `form_action` if given)."""
        buttons = [button for button in self.driver.find_elements(By.TAG_NAME, "button")
                   if button.text == words and (form_action is None or
                                                button.find_element(By.XPATH, "ancestor::form").get_attribute("action").endswith(form_action))]
        assert buttons, f"no button {words!r} on {self.driver.current_url}:\n{self.text()}"
        self.click_and_wait(buttons[0])

    def click_and_wait(self, element):
        """Clicks, and waits for the next page to replace this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        try:
            element.click()
        except WebDriverException as error:
            # ChromeDriver sometimes reports the clicked button gone once the click has started the
            # next page; the wait below tells whether the page did change.
            if "does not belong to the document" not in str(error):
                raise
        WebDriverWait(self.driver, 20).until(lambda _: gone(page))
        WebDriverWait(self.driver, 20).until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def add(self, part, key=""):
        """Adds a part from the 'Toevoegen' box of the page."""
        choose(self.driver.find_element(By.ID, "part"), part)
        box = self.driver.find_element(By.ID, "key")
        box.clear()
        box.send_keys(key)
        self.press("Toevoegen", "/add")

    def saved(self):
        """The lines under 'Opgeslagen', failing with the page's problems if it was not saved."""
        done = self.driver.find_elements(By.CSS_SELECTOR, ".done li")
        assert done, f"not saved on {self.driver.current_url}:\n{self.text()}"
        return [line.text for line in done]


def gone(element):
    """Whether an element has left the page: ChromeDriver says so either as a stale element or,
    while the next page is arriving, as a node that no longer belongs to the document."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def scope_of(label, box):
    """Whether a label belongs to the box asked for, not to a box inside it."""
    if box is None:
        return not label.find_elements(By.XPATH, "ancestor::fieldset")
    return label.find_element(By.XPATH, "ancestor::fieldset[1]/legend").text == box


def choose(select_element, words):
    select = Select(select_element)
    for option in select.options:
        if option.text == words or option.get_attribute("value") == words:
            select.select_by_visible_text(option.text)
            return
    raise AssertionError(f"no choice {words!r} among {[option.text for option in select.options]}")


def register(path):
    """The register on disk, parsed."""
    return ElementTree.parse(path).getroot()


def comments(path):
    """The comments in a file, in order."""
    return re.findall(r"<!--(.*?)-->", pathlib.Path(path).read_text(encoding="utf-8"), re.S)


def schema_check(path):
    """xmllint's verdict on the file against govreg's schema (an independent check)."""
    return subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(ROOT / "Schemas" / "register.xsd"), str(path)],
                          capture_output=True, text=True)


def govreg(*arguments):
    return subprocess.run([str(GOVREG), *arguments], capture_output=True, text=True)


def copy_folder():
    return pathlib.Path(tempfile.mkdtemp(prefix="govreg-browser-"))
