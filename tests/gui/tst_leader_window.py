"""The leader view in a real X window, used with a mouse and a keyboard
(xdotool): signing in by typing, the period picker (a preset, a range typed
as dd/mm/yyyy, a range picked on the calendar, a refused range), the
figures, exporting the log book as PDF (the file read back), and opening
a deadline row's record by click and by Enter.

The office clock is the real one: dates are computed from today."""

import datetime
import os
import stat
import subprocess
import time
import unittest

from xsession import WindowTest, ctl, make_config

LEADER_PIN = "leader-pin-2468"


def vn(day):
    """A date as the screens write it."""
    return day.strftime("%d/%m/%Y")


class LeaderWindow(WindowTest):

    def setUp(self):
        super().setUp()
        self.config = make_config(self.tmp)
        self.db = os.path.join(self.tmp, "office.db")
        ctl(self.config, self.db, "user", "add", "quantri", "--name", "Quản Trị", "--role", "admin",
            stdin="quantri-pin-2468\n")
        ctl(self.config, self.db, "user", "add", "lanhdao", "--name", "Lê Lãnh Đạo", "--role", "leader",
            "--as", "quantri", stdin=f"quantri-pin-2468\n{LEADER_PIN}\n")
        self.today = datetime.date.today()
        self.first = self.today.replace(day=1)
        self.days = []
        # This month: two complaints and a sealed denunciation; last month a
        # petition; a complaint received 8 days ago, not yet handled, whose
        # acceptance deadline (10 days) is in the 7-day watch.
        self.add(self.first, "Phạm Văn An", "Khiếu nại quyết định cưỡng chế kê biên", direction="accept")
        self.add(self.today, "Trần Thị Bình", "Khiếu nại việc định giá tài sản", direction="accept")
        self.add(self.first, "Võ Thị Tố", "Tố cáo chấp hành viên nhận tiền", kind="denunciation")
        self.add(self.first - datetime.timedelta(days=3), "Lê Văn Cường", "Kiến nghị hoãn thi hành án",
                 kind="petition", direction="accept")
        self.watched = self.today - datetime.timedelta(days=8)
        self.add(self.watched, "Đỗ Văn Dũng", "Khiếu nại chậm trả tiền thi hành án")
        self.home = os.path.join(self.tmp, "home")
        os.makedirs(self.home)

    def add(self, day, name, content, kind="complaint", direction=None):
        args = ["log", "add", "--kind", kind, "--name", name, "--content", content,
                "--date", f"{day.isoformat()}T09:30:00"]
        if direction:
            args += ["--direction", direction]
        ctl(self.config, self.db, *args)
        self.days.append(day)

    def visits(self, start, end):
        """How many records were received in [start, end]."""
        return str(sum(start <= d <= end for d in self.days))

    def leader(self):
        app = self.start(["--mode", "leader", "--config", self.config, "--db", self.db],
                         env={"HOME": self.home, "XDG_CONFIG_HOME": os.path.join(self.home, ".config")})
        app.tap("loginFieldInput")
        app.type("lanhdao")
        app.tap("pinFieldInput")
        app.type(LEADER_PIN)
        app.keys("Return")
        app.wait_for("leaderTabs")
        app.settle()
        return app

    def english(self, app):
        app.tap("languageButton", text="English")
        app.wait_for("statisticsTab", text="Statistics")
        app.settle()

    def type_into(self, app, name, text):
        """Replaces what a field holds by typing, as a person does (once
        the screen has settled: a field just shown may still move)."""
        app.settle()
        app.tap(name)
        app.keys("ctrl+a")
        app.type(text)
        app.settle()

    @staticmethod
    def wait_exact(app, name, text, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            item = app.find(name)
            if item and item.get("text") == text:
                return item
            time.sleep(0.05)
        raise AssertionError(f"'{name}' does not show '{text}' (shows {app.find(name)})")

    def wait_period(self, app, start, end):
        """The statistics of [start, end] are on screen."""
        deadline = time.time() + 15
        while time.time() < deadline:
            item = app.find("statisticsPeriod")
            if item and vn(start) in item["text"] and vn(end) in item["text"]:
                return item
            time.sleep(0.05)
        raise AssertionError(f"the period {vn(start)} - {vn(end)} is not shown: {app.find('statisticsPeriod')}, "
                             f"{app.find('periodError')}")

    def test_deadline_rows_open_their_record(self):
        app = self.leader()
        # Each row names its record: "book no. · received".
        row = app.wait_for("deadlineRow_0")
        book, received = row["text"].split(" · ")
        self.assertEqual(received, vn(self.watched))
        # A click opens it.
        app.tap("deadlineRow_0")
        title = app.wait_for("recordTitle")
        self.assertIn(book, title["text"])
        self.assertIn(received, title["text"])
        app.tap("closeRecordButton")
        app.wait_gone("recordPanel")
        # Enter opens it too: Tab from the 7 and 30 days buttons to the row.
        app.tap("within7")
        app.keys("Tab", "Tab", "Return")
        self.assertIn(book, app.wait_for("recordTitle")["text"])
        app.keys("Escape")
        app.wait_gone("recordPanel")

    def test_period_picker(self):
        app = self.leader()
        for lang in ("vi", "en"):
            if lang == "en":
                self.english(app)
            app.tap("statisticsTab")
            # The year is shown after signing in; a preset shows at once.
            app.tap("preset_thisMonth")
            end_of_month = (self.first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
            self.wait_period(app, self.first, end_of_month)
            self.wait_exact(app, "totals_visits", self.visits(self.first, end_of_month))
            # The quarter preset starts at this quarter, not January.
            app.tap("preset_quarter")
            q_first = self.first.replace(month=(self.first.month - 1) // 3 * 3 + 1)
            q_last = (q_first + datetime.timedelta(days=95)).replace(day=1) - datetime.timedelta(days=1)
            self.wait_period(app, q_first, q_last)
            self.wait_exact(app, "totals_visits", self.visits(q_first, q_last))
            app.shot(f"leader-period-picker-{lang}")
            # A range typed as the screens write dates.
            app.tap("preset_range")
            self.type_into(app, "rangeFromInput", vn(self.first))
            self.type_into(app, "rangeToInput", vn(self.today))
            app.keys("Return")
            self.wait_period(app, self.first, self.today)
            self.wait_exact(app, "totals_visits", self.visits(self.first, self.today))
            # The start picked on the calendar (it opens on the month shown).
            picked = self.first + datetime.timedelta(days=1) if self.today.day > 1 else self.first
            app.tap("rangeFromCalendar")
            app.wait_for("rangeFromPopup")
            app.shot(f"leader-period-calendar-{lang}")
            app.tap(f"day_{picked.isoformat()}")
            app.wait_gone("rangeFromPopup")
            app.tap("showRangeButton")
            self.wait_period(app, picked, self.today)
            self.wait_exact(app, "totals_visits", self.visits(picked, self.today))
            # A range that ends before it starts: said beside the picker, no figures.
            self.type_into(app, "rangeToInput", vn(self.first - datetime.timedelta(days=1)))
            app.tap("showRangeButton")
            self.assertTrue(app.wait_for("periodError")["text"])
            app.wait_for("noFigures")
            app.wait_gone("totals_visits")
            app.shot(f"leader-period-refused-{lang}")
            app.tap("preset_thisMonth")
            app.wait_gone("periodError")
            app.wait_for("totals_visits")

    def test_export_log_book_pdf(self):
        app = self.leader()
        folder = os.path.join(self.home, "Documents", "Tiếp Dân")
        for lang in ("vi", "en"):
            if lang == "en":
                self.english(app)
            app.tap("logTab")
            self.type_into(app, "logFromInput", vn(self.first))
            self.type_into(app, "logToInput", vn(self.today))
            app.tap("filterButton")
            app.wait_gone("logExportStatus")  # a new filter: no export of the last one said
            app.wait_for("logCount", text=self.visits(self.first, self.today))
            app.tap("logExportPdf")
            status = app.wait_for("logExportStatus", text=".pdf")
            path = os.path.join(folder, f"so-tiep-cong-dan_{self.first.isoformat()}_{self.today.isoformat()}.pdf")
            self.assertIn(path, status["text"])
            app.shot(f"leader-export-{lang}")
            mode = os.stat(path).st_mode
            self.assertEqual(stat.S_IMODE(mode), 0o600, oct(mode))
            self.assertEqual(stat.S_IMODE(os.stat(folder).st_mode), 0o700)
            text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                                  check=True).stdout
            self.assertIn("SỔ TIẾP CÔNG DÂN", text)
            self.assertIn("Phạm Văn An", text)
            self.assertIn("Trần Thị Bình", text)
            self.assertIn("(bảo mật)", text)
            self.assertNotIn("Võ Thị Tố", text)
            self.assertNotIn("Lê Văn Cường", text)  # last month
            os.remove(path)


if __name__ == "__main__":
    unittest.main(verbosity=2)
