"""The per-page choice of the image format that the charts' camera button saves (views.figures.chart_config)."""
from __future__ import annotations

import streamlit as st

from views.figures import IMAGE_FORMATS


def chart_image_format(page: str) -> str:
    """A small radio "Chart image: PNG / SVG" for this page's charts; returns "png" or "svg"."""
    return st.radio(
        "Chart image",
        IMAGE_FORMATS,
        format_func=str.upper,
        horizontal=True,
        key=f"chart_image_{page}",
        help="What the camera button in a chart's toolbar saves. The image is drawn in your browser, offline.",
    )
