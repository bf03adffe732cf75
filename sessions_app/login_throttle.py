"""Failed log-ins are throttled per account and per client address (django-axes), on the
organisers' `/inloggen/` and on `/admin/login/` alike: after LOGIN_FAILURE_LIMIT wrong passwords
the account, and the address they came from, are locked for LOGIN_LOCKOUT_MINUTES; during the
lock even the right password does not log in. The address is the app's own client address
(sessions_app.throttle.client_address, which honours TRUSTED_PROXIES), and the counters live in
the "throttle" cache (Redis when there is one), so they expire by themselves."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.utils.translation import gettext as _

from .views.common import message


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' check before the password is looked at. A log-in without a request (the test
    client's `login()`, the shell) did not come from the network, so there is nothing to count."""

    def authenticate(self, request, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """The page a locked account or address gets: plain Dutch, 429, and when to try again."""
    minutes = settings.LOGIN_LOCKOUT_MINUTES
    response = message(
        request,
        _("Even op slot"),
        _("Er is te vaak een verkeerd wachtwoord gebruikt. Dit account is daarom %(minutes)s minuten op slot. "
          "Probeer het daarna opnieuw.") % {"minutes": minutes},
        429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response
