"""Vierluik settings. Everything comes from the environment, with laptop-safe defaults:
SQLite and an in-memory channel layer when DATABASE_URL and REDIS_URL are unset."""

import os
import secrets
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str = "False") -> bool:
    value = os.environ.get(name) or default
    if value not in ("True", "False"):
        raise ValueError(f"{name} must be True or False, not {value!r}")
    return value == "True"


def envint(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in (os.environ.get(name) or default).split(",") if item.strip()]


def envsecret(name: str, default: str = "") -> str:
    """Reads NAME, or the file named by NAME_FILE (Docker and systemd secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name) or default


def kept_secret_key(path: Path) -> str:
    """A random key made once and kept in `path` (mode 0600, gitignored), so a laptop and a
    one-machine server need no configuration and cookies survive a restart. Made in a file of
    its own and linked into place, so processes starting together all read the same key."""
    if path.exists():
        return path.read_text().strip()
    draft = path.with_name(f"{path.name}.{os.getpid()}.new")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_urlsafe(64) + "\n")
    try:
        os.link(draft, path)  # fails if another process was first: then its key is the key
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return path.read_text().strip()


def secret_key(debug: bool) -> tuple[str, Path | None]:
    """SECRET_KEY (or SECRET_KEY_FILE); else the kept key. No key from this repository is ever
    used: a server that can neither read one nor keep one refuses to start."""
    given = envsecret("SECRET_KEY")
    if given in PUBLIC_KEYS and not debug:
        raise ImproperlyConfigured("SECRET_KEY is a key published in Vierluik's repository; set a random one.")
    if given:
        return given, None
    path = Path(os.environ.get("SECRET_KEY_KEPT_FILE") or BASE_DIR / ".secret_key")
    try:
        key = kept_secret_key(path)
    except OSError as error:
        if debug:  # a developer's machine: a key for this process only (sessions end on restart)
            return secrets.token_urlsafe(64), None
        raise ImproperlyConfigured(
            f"No SECRET_KEY, and none can be kept in {path} ({error}). Set SECRET_KEY or SECRET_KEY_FILE."
        ) from error
    if len(key) < 50:
        raise ImproperlyConfigured(f"{path} holds no usable key; delete it to make a new one, or set SECRET_KEY.")
    return key, path


# Keys that were ever in the repository: known to everyone, so never a key (issue 12, item 5).
PUBLIC_KEYS = {"dev-only-insecure-key-set-SECRET_KEY-in-production"}
DEBUG = envbool("DEBUG", "False")
SECRET_KEY, SECRET_KEY_KEPT_IN = secret_key(DEBUG)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = (os.environ.get("SITE_URL") or "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "django_htmx",
    "sessions_app",
    "realtime",
    "axes",  # failed log-ins: sessions_app/login_throttle.py
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (a 200-note board page is ~160 KiB, ~9 KiB compressed). Static files come
    # precompressed from whitenoise; Django's gzip pads each response against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "sessions_app.throttle.JoinThrottleMiddleware",  # code guessing: docs/limits.md
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as axes asks: it answers for a locked log-in
]

ROOT_URLCONF = "facilitation.urls"
ASGI_APPLICATION = "facilitation.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL="" (set but empty) must mean the default, so parse() rather than config().
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many sockets write at once: WAL lets readers go on while one writer commits, and the
    # busy timeout makes a writer wait for the lock instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Live-server browser tests need a file (in-memory SQLite is not shared across threads);
    # one per test process so parallel runs never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"vierluik_test_{os.getpid()}.sqlite3")
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and envint("DB_POOL_SIZE", 10):
    # One pool per process, always. Under an ASGI server every HTTP request runs in a thread of
    # its own, so persistent connections (CONN_MAX_AGE) pile up, one per request thread, until
    # PostgreSQL refuses more: 1,000 phones joining through two processes got HTTP 500s. With the
    # pool a connection goes back at the end of every request and every database_sync_to_async
    # call (CONN_MAX_AGE=0 closes it, which hands it back), and a burst waits up to DB_POOL_TIMEOUT
    # for a free one. Keep processes x DB_POOL_SIZE + a few for manage.py below PostgreSQL's
    # max_connections (100 by default): docs/deploy.md. DB_POOL_SIZE=0: no pool, a connection per
    # request or call (behind PgBouncer in transaction mode).
    DATABASES["default"]["OPTIONS"] = {
        "pool": {
            "min_size": 2,
            "max_size": envint("DB_POOL_SIZE", 10),
            "timeout": float(os.environ.get("DB_POOL_TIMEOUT") or 20),
        }
    }
DATABASES["default"]["CONN_MAX_AGE"] = 0  # SQLite: connections are cheap; PostgreSQL: the pool keeps them
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL") or ""
CHANNEL_LAYER = os.environ.get("CHANNEL_LAYER") or "pubsub"
if REDIS_URL:
    # redis-py 8 defaults to a 5 s socket timeout, which kills idle subscribers (channels_redis #422).
    _redis_host = {"address": REDIS_URL, "socket_timeout": None}
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": {
                "pubsub": "channels_redis.pubsub.RedisPubSubChannelLayer",
                "core": "channels_redis.core.RedisChannelLayer",
            }[CHANNEL_LAYER],
            "CONFIG": {"hosts": [_redis_host], "prefix": os.environ.get("REDIS_PREFIX") or "vierluik"},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "organiser_login"  # organisers need not be staff; the admin login refuses them
AUTHENTICATION_BACKENDS = [
    "sessions_app.login_throttle.LoginThrottleBackend",  # refuses a locked account or address first
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = os.environ.get("TIME_ZONE") or "Europe/Amsterdam"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve from the app directories only when collectstatic has not run (or with DEBUG): files found
# that way would shadow the collected ones and their compressed copies (whitenoise adds both, the
# found ones last). scripts/setup, the demo and the deploy steps run collectstatic.
WHITENOISE_USE_FINDERS = DEBUG or not STATIC_ROOT.is_dir()
# collectstatic (scripts/setup, deploy) writes a compressed copy of every static file; whitenoise
# serves it to browsers that accept it (the phone's first load: docs/performance.md).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
HTTPS = envbool("HTTPS", "False")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CSRF_COOKIE_HTTPONLY = True  # forms carry the token in a hidden field; no script needs the cookie
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): only the app's own scripts, styles, images and sockets.
# No inline script at all; the one inline <style> (a phone's own notes) carries the request's
# nonce. htmx's own indicator <style> is switched off in base.html (htmx-config meta).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],  # CSP3: 'self' includes ws(s):// to this host
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"

# Vierluik's own limits (documented in README.md).
NOTE_MAX_LENGTH = envint("NOTE_MAX_LENGTH", 280)
NOTES_PER_MINUTE = envint("NOTES_PER_MINUTE", 20)
NOTE_PHASE_GRACE_SECONDS = envint("NOTE_PHASE_GRACE_SECONDS", 600)
SOCKET_MAX_FRAME_BYTES = envint("SOCKET_MAX_FRAME_BYTES", 8192)
SOCKET_MESSAGES_PER_SECOND = envint("SOCKET_MESSAGES_PER_SECOND", 20)
ROOM_MAX_PARTICIPANTS = envint("ROOM_MAX_PARTICIPANTS", 500)
JOIN_ATTEMPTS_PER_MINUTE = envint("JOIN_ATTEMPTS_PER_MINUTE", 30)
# New phones per client address and per room per minute (sessions_app/throttle.py). High, because
# a venue's wifi puts a whole hall behind one address: the benchmark joins 1,000 phones in a minute.
JOINS_PER_ADDRESS_PER_MINUTE = envint("JOINS_PER_ADDRESS_PER_MINUTE", 1200)
JOINS_PER_ROOM_PER_MINUTE = envint("JOINS_PER_ROOM_PER_MINUTE", 1000)
ORGANISER_MESSAGE_MAX_LENGTH = envint("ORGANISER_MESSAGE_MAX_LENGTH", 280)
SOCKETS_PER_ADDRESS = envint("SOCKETS_PER_ADDRESS", 1000)  # per process; 0: no limit. A venue's wifi shares one address
# Bytes a socket may have waiting unsent (a phone that stopped reading) before it is closed with
# code 1013 (try again later); the page reconnects and resyncs (realtime/fanout.py). 0: no limit.
SOCKET_SEND_BUFFER_BYTES = envint("SOCKET_SEND_BUFFER_BYTES", 512 * 1024)
# The room's snapshot is rendered once per room version; at most this old (realtime/snapshots.py).
SNAPSHOT_CACHE_SECONDS = float(os.environ.get("SNAPSHOT_CACHE_SECONDS") or 2)
# AVG: stand-alone rooms (no event) are deleted this many days after their last activity;
# events keep their own Event.retention_days. See `manage.py purge_expired`.
ROOM_RETENTION_DAYS = envint("ROOM_RETENTION_DAYS", 90)
# How many reverse proxies in front of Daphne append to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", 0)
# The join throttle's counters (sessions_app/throttle.py): shared through Redis when there is one.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "throttle": (
        {
            "BACKEND": "facilitation.cache.SharedRedisCache",  # one pool per process (facilitation/cache.py)
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{os.environ.get('REDIS_PREFIX') or 'vierluik'}:throttle",
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "throttle"}
    ),
}
# Renderings of the verslag and the krant, per process (sessions_app/report/serving.py).
CACHES["reports"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "reports",
    "TIMEOUT": 60 * 60,
    "OPTIONS": {"MAX_ENTRIES": envint("EXPORT_CACHE_ENTRIES", 60)},
}
# Verslagen and kranten rendered at the same time per process; one more gets "even geduld" (503).
EXPORT_RENDERS_AT_ONCE = envint("EXPORT_RENDERS_AT_ONCE", 2)
DEVICE_COOKIE_NAME = "vierluik_device"
DEVICE_COOKIE_AGE = 60 * 60 * 24 * 180

# Every log line goes through one handler that masks the tokens of the facilitator and share
# links (sessions_app/logs.py); Django's own loggers are routed to it instead of their handlers.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_secrets": {"()": "sessions_app.logs.MaskSecrets"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["mask_secrets"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL") or "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL") or "WARNING", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},  # runserver's access lines
    },
}

# Failed log-ins (django-axes; sessions_app/login_throttle.py, docs/limits.md): per account and,
# separately, per client address; the address as the join throttle computes it.
LOGIN_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 10)
LOGIN_LOCKOUT_MINUTES = envint("LOGIN_LOCKOUT_MINUTES", 15)
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the lock ends on time, whatever is tried meanwhile
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "throttle"
AXES_CLIENT_IP_CALLABLE = "sessions_app.throttle.client_address"
AXES_LOCKOUT_CALLABLE = "sessions_app.login_throttle.locked_out"
# Without Redis the counters are per process (local memory): right for the one process of a
# laptop or the demo, and axes' warning about it would only repeat that.
SILENCED_SYSTEM_CHECKS = [] if REDIS_URL else ["axes.W001"]
