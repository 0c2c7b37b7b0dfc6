"""gunicorn's logger, with the secrets of paths redacted (gunicorn.conf.py: logger_class).

gunicorn writes paths to its access log (%(U)s, %(r)s, the request's headers and
environ) and to its error log ("Error handling request /…"). The same filter as the
application's handlers (portal.log_redaction) is put on both loggers, so whatever the
access_log_format an operator picks, no invitation token or password-reset key is written.
"""

from gunicorn.glogging import Logger

from portal.log_redaction import RedactSecretsFilter

_FILTER = RedactSecretsFilter()


class RedactingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        # On the loggers, not their handlers: setup replaces the handlers on a reload.
        for log in (self.error_log, self.access_log):
            log.addFilter(_FILTER)  # the same instance is added once only
