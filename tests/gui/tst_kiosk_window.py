"""The citizen kiosk in a real X window, used with real taps (xdotool) on
its own on-screen keyboard: what a citizen types is stored whole, a double
tap keeps the ticket on screen, and the idle warning shows above an open
keyboard without wiping a form that is being typed."""

import os
import time
import unicodedata
import unittest

from xsession import WindowTest, make_config, query

TONES = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}


def spell(text):
    """The taps that type `text` on the kiosk keyboard: each letter's key
    (ă â đ ê ô ơ ư have their own), its tone key right after it, the space
    bar between words. Capitals come from the keyboard's own word-start
    shift (the name field), so `text` is in title case."""
    taps = []
    for ch in text:
        if ch == " ":
            taps.append("key_space")
            continue
        parts = unicodedata.normalize("NFD", ch.lower())
        base = "".join(c for c in parts if c not in TONES)
        taps.append("key_" + unicodedata.normalize("NFC", base))
        taps += [f"tone_{TONES[c]}" for c in parts if c in TONES]
    return taps


class KioskWindow(WindowTest):

    def kiosk(self, **kiosk_settings):
        self.config = make_config(self.tmp, kiosk_settings)
        self.db = os.path.join(self.tmp, "office.db")
        return self.start(["--config", self.config, "--db", self.db])

    def to_identity(self, app, service="complaint"):
        app.tap("takeNumberButton")
        app.tap("service_" + service)
        app.wait_for("takeTicketButton")

    def tap_all(self, app, taps):
        for name in taps:
            app.tap(name)

    def test_name_typed_on_the_keyboard_is_stored_whole(self):
        app = self.kiosk()
        self.to_identity(app)
        app.tap("nameFieldInput")
        app.wait_for("key_a")
        # Every tone by its key, right after its letter; the last word is
        # still being typed when "Lấy số" is tapped.
        name = "Đỗ Thị Ánh Hồng Thủy"
        self.tap_all(app, spell(name))
        app.shots("kiosk-identity-keyboard")
        app.tap("takeTicketButton")
        app.wait_for("ticketLabel", text="A-001")
        self.assertEqual(query(self.db, "SELECT full_name FROM visitors"), [(name,)])

    def test_telex_typing(self):
        app = self.kiosk()
        self.to_identity(app)
        app.tap("nameFieldInput")
        app.wait_for("key_a")
        self.assertEqual(app.find("key_method")["text"], "Telex")
        # n g u y e e n x  V a w n  B i n h f: Telex, typed by taps.
        taps = [f"key_{c}" if c != " " else "key_space" for c in "nguyeenx vawn binhf"]
        self.tap_all(app, taps)
        app.tap("takeTicketButton")
        app.wait_for("ticketLabel", text="A-001")
        self.assertEqual(query(self.db, "SELECT full_name FROM visitors"), [("Nguyễn Văn Bình",)])

    def test_double_tap_on_take_ticket_keeps_the_ticket(self):
        app = self.kiosk()
        self.to_identity(app)
        app.double_tap("takeTicketButton", gap_ms=120)
        app.wait_for("ticketLabel", text="A-001")
        time.sleep(1.0)
        self.assertIsNotNone(app.find("ticketLabel"), "the ticket left the screen after a double tap")
        self.assertEqual(query(self.db, "SELECT COUNT(*) FROM tickets"), [(1,)])
        # "Xong" is live once the page has settled.
        app.tap("doneButton", timeout=5)
        app.wait_for("takeNumberButton")

    def test_after_a_crash_the_last_ticket_is_offered_again(self):
        app = self.kiosk()
        self.to_identity(app, "petition")
        app.tap("takeTicketButton")
        app.wait_for("ticketLabel", text="C-001")
        app.proc.kill()  # SIGKILL: a crash or a power cut
        app.proc.wait(10)
        again = self.start(["--config", self.config, "--db", self.db])
        again.tap("recentTicketButton", text="C-001")
        again.wait_for("ticketLabel", text="C-001")
        again.wait_for("ticketQr")
        again.wait_for("reprintButton")
        # Once seen, it is not offered again.
        again.tap("doneButton", timeout=5)
        again.wait_for("takeNumberButton")
        self.assertIsNone(again.find("recentTicketButton"))

    def test_phone_without_name_is_accepted(self):
        app = self.kiosk()
        self.to_identity(app)
        app.tap("phoneFieldInput")
        app.wait_for("key_0")
        self.tap_all(app, [f"key_{d}" for d in "0912345678"])
        app.tap("takeTicketButton")
        app.wait_for("ticketLabel", text="A-001")
        self.assertEqual(query(self.db, "SELECT full_name, phone FROM visitors"), [(None, "0912345678")])

    def test_idle_warning_shows_above_the_keyboard_and_typing_keeps_the_form(self):
        app = self.kiosk(idleSeconds=20, idleWarningSeconds=10)
        self.to_identity(app)
        app.tap("nameFieldInput")
        app.wait_for("key_a")
        # Typing is activity: 22 s of slow typing, past the idle time, with
        # no warning and nothing wiped.
        for tap in spell("Lan Anh Thư"):
            app.tap(tap)
            time.sleep(2.0)
            self.assertIsNone(app.find("idleBanner"), "the idle warning came while typing")
        # Then the citizen stops: the warning comes over the open keyboard.
        button = app.wait_for("idleContinueButton", timeout=20)
        keyboard = app.find("keyboardPanel")
        self.assertIsNotNone(keyboard, "the keyboard closed")
        app.shot("kiosk-idle-over-keyboard-vi")
        self.assertGreater(button["y"] + button["height"], keyboard["y"],
                           "the button is not where the keyboard is: the test would not test the overlap")
        # Drawn on top: the button's red, not a key, across its width.
        app.quiet()
        for fx in (0.15, 0.5, 0.85):
            r, g, b = app.screen.pixel(button["x"] + int(button["width"] * fx), button["y"] + 6)
            self.assertTrue(r > 150 and g < 80 and b < 80, f"not the button's red at {fx}: {(r, g, b)}")
        # The tap lands on "Tiếp tục", not on a key under it.
        app.tap("idleContinueButton")
        app.wait_gone("idleBanner")
        app.tap("takeTicketButton")
        app.wait_for("ticketLabel", text="A-001")
        self.assertEqual(query(self.db, "SELECT full_name FROM visitors"), [("Lan Anh Thư",)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
