"""The browser's "Leave site? Changes you made may not be saved." prompt while uploads are unsaved.

A zero-height html component (same origin as the page, as Streamlit serves it)
sets a flag on the dashboard's window and a beforeunload handler (made with
the window's own Function, registered anew on every run) that asks only while
the flag is set. Every page draws it, so the flag
follows the session: set after an extraction, cleared once saved or discarded.
A session that never had an unsaved upload never set the flag, so its pages
draw no frame: one document less for the browser to load on every view.
"""
from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

# Set once the guard has been drawn in this session: from then on it is drawn on every run, to clear the flag.
DRAWN_KEY = "_leave_guard_drawn"

SCRIPT = """<script>
(function () {{
  var page = window.parent;
  page.__lwUnsaved = {unsaved};
  // This frame is replaced on every rerun, and the browser drops what a replaced frame registered: each run
  // registers the handler again (made in the page's own realm) in place of the previous one.
  if (page.__lwLeaveGuard) page.removeEventListener("beforeunload", page.__lwLeaveGuard);
  page.__lwLeaveGuard = new page.Function("event",
    "if (!window.__lwUnsaved) return; event.preventDefault(); event.returnValue = '';");
  page.addEventListener("beforeunload", page.__lwLeaveGuard);
}})();
</script>"""


def leave_guard(unsaved: bool) -> None:
    """Ask before the window is left or reloaded while `unsaved`; stop asking when not."""
    if not unsaved and not st.session_state.get(DRAWN_KEY):
        return
    st.session_state[DRAWN_KEY] = True
    components.html(SCRIPT.format(unsaved="true" if unsaved else "false"), height=0)
