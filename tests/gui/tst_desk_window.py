"""The officer desk in a real X window on an ordinary PC session (no input
method set), used with the PC's keyboard and mouse through xdotool: no
on-screen keyboard covers it, its queue buttons work, moving a citizen
is confirmed first, and a recording survives a closed window."""

import os
import unittest

from xsession import SHOTS, WindowTest, ctl, make_config, query

ADMIN_PIN = "quantri-2468"
OFFICER_PIN = "an-pin-2468"


class DeskWindow(WindowTest):

    def setUp(self):
        super().setUp()
        self.config = make_config(self.tmp)
        self.db = os.path.join(self.tmp, "office.db")
        ctl(self.config, self.db, "user", "add", "quantri", "--name", "Quản Trị", "--role", "admin",
            stdin=ADMIN_PIN + "\n")
        ctl(self.config, self.db, "user", "add", "canbo.an", "--name", "Nguyễn Văn An", "--role", "officer",
            "--as", "quantri", stdin=f"{ADMIN_PIN}\n{OFFICER_PIN}\n")
        for _ in range(3):
            ctl(self.config, self.db, "ticket", "issue", "--service", "complaint")
        # Drafts of this test's desks stay in its scratch folder.
        self.env = {"XDG_DATA_HOME": os.path.join(self.tmp, "data"), "HOME": self.tmp}

    def desk(self):
        return self.start(["--mode", "desk", "--counter", "1", "--config", self.config, "--db", self.db],
                          env=self.env)

    def sign_in(self, app):
        app.tap("loginFieldInput")
        app.type("canbo.an")
        app.keys("Tab")
        app.type(OFFICER_PIN)
        app.keys("Return")
        app.wait_for("callNextButton", enabled=True)

    def state(self, label):
        return query(self.db, "SELECT state FROM tickets WHERE label = ?", label)[0][0]

    def test_no_on_screen_keyboard_and_call_next_works(self):
        app = self.desk()
        app.wait_for("loginFieldInput")
        self.sign_in(app)
        self.assertIsNone(app.find("keyboardPanel"), "an on-screen keyboard is on the desk's screen")
        self.assertIsNone(app.find("key_a"), "an on-screen keyboard is on the desk's screen")
        app.tap("callNextButton")
        app.wait_for("currentLabel", text="A-001")
        self.assertEqual(self.state("A001"), "called")

    def test_on_screen_keyboard_on_a_touchscreen_desk(self):
        app = self.desk()
        self.sign_in(app)
        app.tap("keyboardToggle")
        app.tap("recordWithoutTicketButton")
        app.tap("nameFieldInput")
        app.wait_for("key_a")
        for key in ["key_l", "key_ê", "key_space", "key_a", "key_n", "tone_1"]:
            app.tap(key)
        app.tap("contentAreaInput")
        for key in ["key_n", "key_o", "key_i", "key_d", "key_u", "key_n", "key_g"]:
            app.tap(key)
        app.tap("complaintBox")
        app.tap("saveRecordButton")
        app.wait_for("savedTitle")
        self.assertEqual(query(self.db, "SELECT full_name, content FROM reception_records"),
                         [("Lê Án", "Noidung")])

    def test_transfer_is_confirmed_and_names_the_counter(self):
        app = self.desk()
        self.sign_in(app)
        app.tap("callNextButton")
        app.wait_for("currentLabel", text="A-001")
        app.tap("transferButton")
        app.wait_for("transferDialog")
        # Picking a counter moves nothing yet.
        app.tap("transferTo_2")
        app.wait_for("transferConfirm", text="Quầy 2")
        app.shot("desk-transfer-confirm-vi")
        self.assertEqual(self.state("A001"), "called")
        # "Quay lại" leaves the citizen where they are.
        app.tap("transferCancel")
        app.wait_gone("transferDialog")
        self.assertEqual(self.state("A001"), "called")
        # Confirmed: transferred to counter 2.
        app.tap("transferButton")
        app.tap("transferTo_2")
        app.tap("transferConfirm")
        app.wait_gone("transferDialog")
        app.wait_for("currentState")
        self.assertEqual(query(self.db, "SELECT state, target_counter FROM tickets WHERE label = 'A001'"),
                         [("transferred", 2)])
        if SHOTS:  # the same question in English
            app.tap("languageButton")
            app.tap("callNextButton")
            app.wait_for("currentLabel", text="A-002")
            app.tap("transferButton")
            app.tap("transferTo_2")
            app.shot("desk-transfer-confirm-en")
            app.tap("transferCancel")

    def test_no_show_is_confirmed(self):
        app = self.desk()
        self.sign_in(app)
        app.tap("callNextButton")
        app.wait_for("currentLabel", text="A-001")
        # office.json: a no-show only after two recalls.
        self.assertFalse(app.find("noShowButton")["enabled"])
        app.tap("recallButton")
        app.tap("recallButton")
        app.tap("noShowButton")
        app.wait_for("actionDialog")
        app.keys("Escape")
        app.wait_gone("actionDialog")
        self.assertEqual(self.state("A001"), "called")
        app.tap("noShowButton")
        app.tap("confirmAccept")
        app.wait_gone("actionDialog")
        self.assertEqual(self.state("A001"), "no_show")

    def test_closing_mid_record_keeps_a_draft(self):
        app = self.desk()
        self.sign_in(app)
        app.tap("recordWithoutTicketButton")
        app.tap("nameFieldInput")
        app.type("Tran Van Binh")
        app.tap("contentAreaInput")
        app.type("Khieu nai quyet dinh cuong che")
        # The window manager's close button (WM_DELETE_WINDOW).
        app.screen.close_window("Quầy tiếp công dân")
        app.wait_for("closeDialog")
        app.shots("desk-close-draft")
        app.tap("confirmAccept")
        app.proc.wait(10)
        # Started again: the draft is offered back, whole.
        again = self.desk()
        self.sign_in(again)
        again.wait_for("draftBanner")
        again.tap("draftRestoreButton")
        again.wait_for("recordForm")
        again.tap("complaintBox")
        again.tap("saveRecordButton")
        again.wait_for("savedTitle")
        self.assertEqual(query(self.db, "SELECT full_name, content FROM reception_records"),
                         [("Tran Van Binh", "Khieu nai quyet dinh cuong che")])


if __name__ == "__main__":
    unittest.main(verbosity=2)
