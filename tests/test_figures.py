"""Figures to take away: the network PNG, the standalone network HTML, and the charts' image button config."""
from __future__ import annotations

import html
import io
import re
import struct

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from conftest import edges_of
from test_views_network import ACTORS, RELATIONS, XSS_NAME, actors_of, relations_of
from views.figures import (
    LABEL_GID,
    PNG_SIZE,
    chart_config,
    fill_frame,
    network_figure,
    network_page_html,
    network_png,
    node_points,
)
from views.network import RELATION_COLOURS, TYPE_STYLES, script_json, select_network

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def full_view():
    return select_network(edges_of(RELATIONS), ACTORS, max_nodes=50, max_edges=50)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, the first after the signature."""
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def colours_in(png: bytes) -> set[str]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return {"#%02x%02x%02x" % rgb for _, rgb in image.getcolors(maxcolors=1 << 20)}


def test_png_has_the_signature_and_size() -> None:
    png = network_png(full_view(), title="Actor network · sources: all")
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == PNG_SIZE


def test_png_is_the_same_for_the_same_view_and_changes_with_it() -> None:
    first = network_png(full_view(), title="Actor network")
    assert network_png(full_view(), title="Actor network") == first
    assert network_png(full_view(), title="Actor network · sources: Reuters") != first
    smaller = select_network(edges_of(RELATIONS), ACTORS, max_nodes=3, max_edges=50)
    assert network_png(smaller, title="Actor network") != first


def test_png_uses_the_page_colours_of_relations_and_drawn_actor_types() -> None:
    colours = colours_in(network_png(full_view(), title="Actor network"))
    assert set(RELATION_COLOURS.values()) <= colours
    for kind in ("state", "government", "armed group"):
        assert TYPE_STYLES[kind][0] in colours
    assert TYPE_STYLES["igo"][0] not in colours  # no igo drawn, none in the legend


def test_png_draws_names_with_dollars_and_markup_as_text() -> None:
    actors = actors_of(("A", r"$\frac{1}{$ Brigade", "armed group", 3), ("B", XSS_NAME, "$x$", 2))
    view = select_network(edges_of(relations_of(("A", "B", "support"))), actors, max_nodes=9, max_edges=9)
    png = network_png(view, title=r"Actor network · sources: $\undefined{$")
    assert png.startswith(PNG_SIGNATURE) and png_size(png) == PNG_SIZE


def test_png_of_an_empty_view_says_so() -> None:
    view = select_network(edges_of(relations_of(("A", "B", "support"))).head(0), ACTORS, max_nodes=9, max_edges=9)
    png = network_png(view, title="Actor network · relations: none")
    assert png_size(png) == PNG_SIZE
    assert not {TYPE_STYLES["state"][0]} & colours_in(png)


# 28 actors with long names and 80 random edges: the crowd that squeezed the old picture into a strip.
CROWD_NAMES = ["Turkey", "Government of National Accord", "Libyan National Army", "Russia", "Egypt", "United Arab Emirates",
               "France", "Italy", "Qatar", "Wagner Group", "Syrian National Army", "House of Representatives",
               "High Council of State", "United Nations", "European Union", "United States", "Germany", "Algeria",
               "Tunisia", "Sudan", "Chad", "Rapid Support Forces", "Jordan", "Saudi Arabia", "Greece", "NATO",
               "Government of National Unity", "Misrata militias"]


def crowd_view(count: int, seed: int):
    rng = np.random.default_rng(seed)
    kinds = list(TYPE_STYLES)
    actors = actors_of(*[(f"A{i}", CROWD_NAMES[i], kinds[i % len(kinds)], int(rng.integers(1, 60))) for i in range(count)])
    pairs = [tuple(rng.choice(count, 2, replace=False)) for _ in range(3 * count)]
    relations = relations_of(*[(f"A{a}", f"A{b}", ("support", "opposition", "mediation")[k % 3]) for k, (a, b) in enumerate(pairs)])
    return select_network(edges_of(relations), actors, max_nodes=100, max_edges=500)


@pytest.mark.parametrize("count,seed", [(20, 1), (28, 7)])
def test_png_labels_do_not_overlap_and_the_nodes_fill_the_frame(count: int, seed: int) -> None:
    view = crowd_view(count, seed)
    assert len(view.nodes) == count
    figure = network_figure(view, title="Actor network")
    figure.canvas.draw()  # lays the texts out as savefig does
    renderer = figure.canvas.get_renderer()
    labels = [t for t in figure.findobj(lambda a: a.get_gid() == LABEL_GID)]
    assert sorted(t.get_text() for t in labels) == sorted(CROWD_NAMES[:count])
    boxes = [t.get_window_extent(renderer) for t in labels]
    width, height = PNG_SIZE
    for i, box in enumerate(boxes):
        assert 0 <= box.x0 and box.x1 <= width and 0 <= box.y0 and box.y1 <= height, labels[i].get_text()
        for j in range(i):
            assert not box.overlaps(boxes[j]), (labels[i].get_text(), labels[j].get_text())
    # The names spread over most of the picture in both directions, not along a strip.
    xs = [(b.x0 + b.x1) / 2 for b in boxes]
    ys = [(b.y0 + b.y1) / 2 for b in boxes]
    assert max(xs) - min(xs) > 0.6 * width and max(ys) - min(ys) > 0.5 * height


def test_fill_frame_stretches_each_direction_to_the_unit_square() -> None:
    stretched = fill_frame({"a": (0.0, 0.0), "b": (10.0, 0.1), "c": (5.0, 0.2)})
    assert stretched == {"a": (-1.0, -1.0), "b": (1.0, 0.0), "c": (0.0, 1.0)}
    assert fill_frame({"a": (3.0, 4.0)}) == {"a": (0.0, 0.0)}
    assert fill_frame({}) == {}


def test_node_points_grow_with_mentions() -> None:
    assert node_points(pd.Series([1, 10, 19])) == [12.0, 27.0, 42.0]
    assert node_points(pd.Series([5, 5])) == [27.0, 27.0]


def standalone(view, *, filter_text: str = "sources: all") -> str:
    return network_page_html(view, RELATIONS, title="Actor network",
                             filter_text=filter_text)


def test_standalone_html_loads_nothing_from_another_host() -> None:
    page = standalone(full_view())
    assert page.startswith("<!DOCTYPE html>") and "new vis.Network(" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page


def test_standalone_html_has_heading_filter_and_legend_before_the_network() -> None:
    page = standalone(full_view(), filter_text="sources: Reuters; relations: support")
    heading = page.index("<h1")
    assert page.count("<body>") == 1 and page.index("<body>") < heading < page.index('<div id="legend">')
    assert "Actor network</h1>" in page and "Filter: sources: Reuters; relations: support" in page
    assert "All 6 actors and 7 edges under the filter are drawn." in page


def test_standalone_html_holds_every_drawn_actor_name_escaped() -> None:
    actors = actors_of(("A", XSS_NAME, "state", 3), ("B", "Benghazi & Co", "armed group", 2), ("C", "Cairo", "state", 1))
    relations = relations_of(("A", "B", "support"), ("C", "B", "opposition"))
    view = select_network(edges_of(relations), actors, max_nodes=9, max_edges=9)
    page = network_page_html(view, relations, title="<b>Network</b>", filter_text=f"actors: {XSS_NAME}")
    for name in view.nodes["name"]:
        assert script_json(name)[1:-1] in page
    assert XSS_NAME not in page and "<img src=x" not in page and "<b>Network</b>" not in page
    assert html.escape(f"actors: {XSS_NAME}") in page and "&lt;b&gt;Network&lt;/b&gt;" in page


def test_standalone_html_says_what_was_trimmed() -> None:
    view = select_network(edges_of(RELATIONS), ACTORS, max_nodes=3, max_edges=50)
    assert "Showing 3 of 6 actors and 4 of 7 edges" in standalone(view)


@pytest.mark.parametrize("image_format", ["png", "svg"])
def test_chart_config_sets_the_image_format(image_format: str) -> None:
    config = chart_config(image_format, "relations-per-source")
    assert config["displaylogo"] is False
    assert config["toImageButtonOptions"]["format"] == image_format
    assert config["toImageButtonOptions"]["filename"] == "relations-per-source"
    assert config["toImageButtonOptions"]["scale"] >= 1


def test_chart_config_refuses_another_format() -> None:
    with pytest.raises(ValueError, match="'jpeg' is not one of png, svg"):
        chart_config("jpeg")
