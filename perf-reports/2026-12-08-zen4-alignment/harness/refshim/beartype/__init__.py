# No-op stand-in for beartype (not installable offline): drops its run-time type checks,
# which can only make the reference faster.
def beartype(f=None, **kw):
    return f if f is not None else (lambda g: g)
