"""The browser's "Leave site? Changes you made may not be saved." prompt while uploads are unsaved.

A zero-height html component (same origin as the page, as Streamlit serves it)
sets a flag on the dashboard's window and, once per window, a beforeunload
handler that asks only while the flag is set. Every page draws it, so the flag
follows the session: set after an extraction, cleared once saved or discarded.
"""
from __future__ import annotations

import streamlit.components.v1 as components

SCRIPT = """<script>
(function () {{
  var page = window.parent;
  page.__lwUnsaved = {unsaved};
  if (page.__lwLeaveGuard) return;
  page.__lwLeaveGuard = true;
  page.addEventListener("beforeunload", function (event) {{
    if (!page.__lwUnsaved) return;
    event.preventDefault();
    event.returnValue = "";
  }});
}})();
</script>"""


def leave_guard(unsaved: bool) -> None:
    """Ask before the window is left or reloaded while `unsaved`; stop asking when not."""
    components.html(SCRIPT.format(unsaved="true" if unsaved else "false"), height=0)
