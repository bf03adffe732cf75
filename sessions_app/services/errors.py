from django.utils.encoding import force_str


class DomainError(Exception):
    """A refusal with a plain-language message for the person who asked.

    `client_id` names the note the refusal is about, so the phone can give the text back."""

    def __init__(self, message, client_id: str = ""):
        super().__init__(message)
        self.lazy_message = message
        self.client_id = client_id

    @property
    def message(self) -> str:
        # Forced when read, so it comes out in the language active where it is shown.
        return force_str(self.lazy_message)


class NotAllowed(DomainError):
    pass


class NotFound(DomainError):
    pass
