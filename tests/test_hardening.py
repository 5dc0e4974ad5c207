"""Hardening: private data files and spreadsheet-safe exports."""

import stat

from ui.accounts import AccountStore
from ui.feedback import FeedbackStore


def test_account_and_feedback_files_are_private(tmp_path):
    accounts = AccountStore(tmp_path / "data" / "accounts.sqlite3")
    accounts.add("anna", "coordinator", "een-lang-wachtwoord")
    feedback = FeedbackStore(tmp_path / "data" / "feedback.sqlite3")
    feedback.add("fout", "klopt niet", "vraag", "antwoord", [])
    for name in ("accounts.sqlite3", "feedback.sqlite3"):
        mode = stat.S_IMODE((tmp_path / "data" / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    accounts.close()
    feedback.close()


def test_feedback_csv_cells_cannot_run_as_formulas(tmp_path):
    feedback = FeedbackStore(tmp_path / "feedback.sqlite3")
    feedback.add("fout", '=HYPERLINK("http://x.example","klik")', "@SUM(1)", "+1", ["-2"])
    text = feedback.to_csv()
    row = text.splitlines()[1]
    assert "'=HYPERLINK" in row and "'@SUM(1)" in row and "'+1" in row and "'-2" in row
    assert ";=HYPERLINK" not in row
    feedback.close()
