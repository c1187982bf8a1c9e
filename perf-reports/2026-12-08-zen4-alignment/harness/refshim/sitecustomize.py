# warnings.deprecated is Python 3.13+; the reference imports it (Debian 12 has 3.11).
import warnings
if not hasattr(warnings, "deprecated"):
    def deprecated(msg, *a, **k):
        return lambda f: f
    warnings.deprecated = deprecated
