"""No key from the repository is ever used (issue 12, item 5). Without SECRET_KEY, Vierluik
makes a random key once and keeps it outside git (mode 0600), so `scripts/demo` and
`scripts/test` need no configuration; a server that can neither read nor keep a key refuses to
start; a SECRET_KEY that is set is used as before."""

import stat
import subprocess

from tests.trust.test_deploy import ROOT, run_with

PRINT_KEY = (
    "import django; from django.conf import settings; django.setup(); "
    "print(settings.SECRET_KEY); print(settings.SECRET_KEY_KEPT_IN)"
)
PUBLIC_KEY = "dev-only-insecure-key-set-SECRET_KEY-in-production"


def start(**env) -> subprocess.CompletedProcess:
    return run_with({"DJANGO_SETTINGS_MODULE": "facilitation.settings", "DEBUG": "False", "SECRET_KEY": "", **env}, "-c", PRINT_KEY)


def test_without_a_key_one_is_made_once_kept_private_and_used_again(tmp_path):
    kept = tmp_path / "secret_key"
    first = start(SECRET_KEY_KEPT_FILE=str(kept))
    again = start(SECRET_KEY_KEPT_FILE=str(kept))

    assert first.returncode == 0, first.stderr
    key = first.stdout.split()[0]
    assert len(key) >= 50 and key != PUBLIC_KEY
    assert again.stdout.split()[0] == key  # signed cookies survive a restart
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert kept.read_text().strip() == key


def test_without_a_key_and_nowhere_to_keep_one_production_refuses_to_start(tmp_path):
    result = start(SECRET_KEY_KEPT_FILE=str(tmp_path / "missing-dir" / "secret_key"))
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_the_key_that_was_published_in_the_repository_is_refused():
    result = start(SECRET_KEY=PUBLIC_KEY)
    assert result.returncode != 0
    assert "published" in result.stderr


def test_a_key_that_is_set_is_used_and_nothing_is_written(tmp_path):
    kept = tmp_path / "secret_key"
    result = start(SECRET_KEY="x" * 60, SECRET_KEY_KEPT_FILE=str(kept))
    assert result.stdout.split() == ["x" * 60, "None"]
    assert not kept.exists()


def test_the_kept_key_is_outside_git():
    ignored = subprocess.run(["git", "check-ignore", "-q", ".secret_key"], cwd=ROOT)
    assert ignored.returncode == 0
