"""Real windows for real-input tests: an Xvfb X server, the real
reception-kiosk program on it, and xdotool taps and keys.

The program writes where its named controls are (TIEPDAN_UI_MAP, see
app/kiosk/uimap.h); every tap here is an X pointer event at the centre of
the control as drawn, so what the program does is what a person's tap does:
focus, input method, overlays and double taps included.
"""

import ctypes
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import unittest

BUILD_DIR = os.environ.get("TIEPDAN_BUILD_DIR", "build")
SOURCE_DIR = os.environ.get("TIEPDAN_SOURCE_DIR", ".")
KIOSK = os.path.join(BUILD_DIR, "app", "kiosk", "reception-kiosk")
CTL = os.path.join(BUILD_DIR, "app", "cli", "receptionctl")
# Where screenshots go when asked for (scripts/real-screens.sh).
SHOTS = os.environ.get("TIEPDAN_GUI_SHOTS", "")


class Screen:
    """An Xvfb server on a free display number."""

    def __init__(self, width=1280, height=800):
        self.width, self.height = width, height
        for n in range(90, 200):
            if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
                self.display = f":{n}"
                break
        else:
            raise RuntimeError("no free X display number")
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket = f"/tmp/.X11-unix/X{self.display[1:]}"
        deadline = time.time() + 10
        while not os.path.exists(socket):
            if self.proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)

    def env(self):
        return dict(os.environ, DISPLAY=self.display)

    def xdotool(self, *args):
        subprocess.run(["xdotool", *map(str, args)], env=self.env(), check=True)

    def close_window(self, title):
        """Asks the window titled `title` to close, as a window manager's
        close button does (a WM_DELETE_WINDOW message), through libX11."""
        win = int(subprocess.run(["xdotool", "search", "--name", title], env=self.env(), check=True,
                                 capture_output=True, text=True).stdout.split()[0])
        x11 = ctypes.CDLL("libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

        class ClientMessage(ctypes.Structure):
            _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                        ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                        ("message_type", ctypes.c_ulong), ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]

        class Event(ctypes.Union):
            _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

        dpy = x11.XOpenDisplay(self.display.encode())
        try:
            ev = Event()
            ev.xclient.type = 33  # ClientMessage
            ev.xclient.window = win
            ev.xclient.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
            ev.xclient.format = 32
            ev.xclient.l[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
            x11.XSendEvent(dpy, win, 0, 0, ctypes.byref(ev))
            x11.XFlush(dpy)
        finally:
            x11.XCloseDisplay(dpy)

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], env=self.env(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def pixel(self, x, y):
        """The colour (r, g, b) of the screen at x, y, as drawn."""
        out = subprocess.run(["import", "-window", "root", "-crop", f"1x1+{x}+{y}", "-depth", "8", "txt:-"],
                             env=self.env(), check=True, capture_output=True, text=True).stdout
        # "# ImageMagick pixel enumeration: ...", then "0,0: (179,18,27)  #B3121B  srgb(179,18,27)"
        hexcolour = out.splitlines()[-1].split("#")[1][:6]
        return tuple(int(hexcolour[i:i + 2], 16) for i in (0, 2, 4))

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def make_config(tmp, office_changes=None):
    """A copy of kiosk-config/ with office.json's kiosk section changed."""
    config = os.path.join(tmp, "config")
    shutil.copytree(os.path.join(SOURCE_DIR, "kiosk-config"), config)
    path = os.path.join(config, "office.json")
    with open(path, encoding="utf-8") as f:
        office = json.load(f)
    office["kiosk"]["printer"] = {"kind": "none"}
    for key, value in (office_changes or {}).items():
        office["kiosk"][key] = value
    with open(path, "w", encoding="utf-8") as f:
        json.dump(office, f, ensure_ascii=False, indent=2)
    return config


class App:
    """reception-kiosk on `screen`, with its UI map."""

    def __init__(self, screen, args, env=None):
        self.screen = screen
        self.dir = tempfile.mkdtemp(prefix="tiepdan-gui-")
        self.map_path = os.path.join(self.dir, "ui.json")
        self.log_path = os.path.join(self.dir, "stderr.log")
        full_env = screen.env()
        full_env.pop("QT_QPA_PLATFORM", None)
        full_env.pop("QT_IM_MODULE", None)
        full_env.update({"TIEPDAN_UI_MAP": self.map_path, "LC_ALL": "C.UTF-8"})
        full_env.update(env or {})
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen([KIOSK, *args], env=full_env, stdout=self.log, stderr=self.log)
        self._seq = 0

    def map(self):
        for _ in range(20):
            try:
                with open(self.map_path, encoding="utf-8") as f:
                    data = json.load(f)
                self._seq = data["seq"]
                return data
            except (OSError, ValueError):
                time.sleep(0.05)
        return {"seq": 0, "items": []}

    def items(self, name):
        return [i for i in self.map()["items"] if i["name"] == name]

    def find(self, name):
        found = self.items(name)
        return found[-1] if found else None

    def wait_for(self, name, timeout=15, enabled=None, text=None):
        """The control named `name` once it is on screen (and enabled, and
        showing `text`, when asked)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the program exited ({self.proc.returncode}): {self.stderr()}")
            for item in reversed(self.items(name)):
                if enabled is not None and item["enabled"] != enabled:
                    continue
                if text is not None and text not in item.get("text", ""):
                    continue
                return item
            time.sleep(0.05)
        raise AssertionError(f"'{name}' did not appear on screen within {timeout} s; the screen: {self.failure_shot()}")

    def wait_gone(self, name, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not self.items(name):
                return
            time.sleep(0.05)
        raise AssertionError(f"'{name}' is still on screen after {timeout} s")

    def settle(self, seconds=0.3):
        """Waits until the map has been rewritten after the last input."""
        before = self._seq
        deadline = time.time() + max(seconds, 2)
        time.sleep(seconds)
        while self.map()["seq"] == before and time.time() < deadline:
            time.sleep(0.05)

    @staticmethod
    def centre(item):
        return item["x"] + item["width"] // 2, item["y"] + item["height"] // 2

    def quiet(self, ms=150, limit=3.0):
        """Waits until the screen has not changed for `ms` (layouts and
        animations settled), so that positions read next are current."""
        deadline = time.time() + limit
        seq, since = self.map()["seq"], time.time()
        while time.time() < deadline:
            time.sleep(0.03)
            now = self.map()["seq"]
            if now != seq:
                seq, since = now, time.time()
            elif time.time() - since >= ms / 1000:
                return

    def tap(self, name, **wait):
        self.wait_for(name, enabled=True, **wait)
        self.quiet()
        item = self.wait_for(name, enabled=True, **wait)
        x, y = self.centre(item)
        if not (0 <= x < self.screen.width and 0 <= y < self.screen.height):
            raise AssertionError(f"'{name}' is off the screen at {x},{y}: {item}")
        before = self._seq
        self.screen.xdotool("mousemove", x, y, "click", 1)
        # The next tap reads positions drawn after this one.
        deadline = time.time() + 1.0
        while self.map()["seq"] == before and time.time() < deadline:
            time.sleep(0.02)
        return item

    def double_tap(self, name, gap_ms=90):
        item = self.wait_for(name, enabled=True)
        x, y = self.centre(item)
        self.screen.xdotool("mousemove", x, y, "click", "--repeat", 2, "--delay", gap_ms, 1)

    def keys(self, *names):
        self.screen.xdotool("key", "--delay", 40, *names)

    def type(self, text):
        self.screen.xdotool("type", "--delay", 40, text)

    def shot(self, name):
        if SHOTS:
            os.makedirs(SHOTS, exist_ok=True)
            self.settle(0.4)
            self.screen.screenshot(os.path.join(SHOTS, name + ".png"))

    def failure_shot(self):
        """A screenshot of the screen as it is when a test fails."""
        path = os.path.join(SHOTS or tempfile.gettempdir(), f"gui-failure-{int(time.time() * 1000)}.png")
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            self.screen.screenshot(path)
        except (OSError, subprocess.CalledProcessError):
            return "(no screenshot)"
        return path

    def shots(self, name):
        """Screenshots in Vietnamese and English (the language button is
        tapped and tapped back), when screenshots are asked for."""
        if not SHOTS:
            return
        self.shot(name + "-vi")
        self.tap("languageButton")
        self.shot(name + "-en")
        self.tap("languageButton")
        self.quiet()

    def stderr(self):
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()[-3000:]

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def query(db, sql, *args):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def ctl(config, db, *args, stdin=None):
    return subprocess.run([CTL, "--config", config, "--db", db, *args], input=stdin, text=True,
                          capture_output=True, check=True).stdout


class WindowTest(unittest.TestCase):
    """One Xvfb and a scratch folder per test."""

    width, height = 1280, 800

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="tiepdan-guitest-")
        self.screen = Screen(self.width, self.height)
        self.apps = []

    def tearDown(self):
        for app in self.apps:
            app.close()
        self.screen.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start(self, args, env=None):
        app = App(self.screen, args, env)
        self.apps.append(app)
        return app
