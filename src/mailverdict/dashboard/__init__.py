"""The analyst dashboard: server-rendered pages under /dashboard/ over the same services as the API.

``site.router`` is the whole dashboard; one module per page group (signin, investigation, message,
actions, submissions), templates in ``templates/`` and the stylesheet in ``static/``.
"""
