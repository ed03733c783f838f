"""Add articles: upload files, extract them, explore them with the corpus, save them only on request."""
import streamlit as st

from extract.corpus import MAX_ARTICLE_CHARS, MAX_BYTES_PER_CHAR, SUPPORTED_SUFFIXES, ArticleError
from views import queries, state
from views.datadir import data_dir
from views.upload import Upload, extract_articles, read_uploads, save_uploads, session_table

# The largest file extract.corpus accepts (an HTML page), so bigger ones are refused before upload.
MAX_UPLOAD_MB = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR["html"] // 1_000_000

data, chosen = state.start_page("Add articles")
st.title("Add articles")
st.markdown(
    "Upload news articles as **.txt**, **.md** or **.html**. They are read, the actors and relations are "
    "extracted, and every page then shows them together with the corpus **for this session only**. "
    f"Nothing is written to `{data_dir()}` until you press *Save*."
)

files = st.file_uploader("Articles", type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES], accept_multiple_files=True,
                         max_upload_size=MAX_UPLOAD_MB)
uploads: list[Upload] = []
if files:
    st.caption("Optional details per file (left empty, they are read from the file when it has them).")
    for number, file in enumerate(files):
        with st.expander(file.name, expanded=len(files) <= 3):
            columns = st.columns(3)
            outlet = columns[0].text_input("Outlet", key=f"outlet-{number}-{file.file_id}")
            date = columns[1].text_input("Date (YYYY-MM-DD)", key=f"date-{number}-{file.file_id}")
            title = columns[2].text_input("Title", key=f"title-{number}-{file.file_id}")
        uploads.append(Upload(file.name, file.getvalue(), outlet=outlet, date=date, title=title))

if st.button("Extract", type="primary", disabled=not uploads):
    result = read_uploads(uploads, taken_ids=queries.article_ids(state.bundled_dataset().tables))
    for error in result.errors:
        st.error(error)
    if result.articles:
        bar = st.progress(0.0, text="Extracting…")

        def progress(done: int, total: int, article_id: str) -> None:
            bar.progress(done / total, text=f"Extracted {done} of {total}: {article_id}")

        extraction = extract_articles(result.articles, progress=progress)
        for problem in extraction.problems:
            st.error(problem)
        state.set_uploads(result.articles, extraction)
        bar.progress(1.0, text=f"Extracted {len(result.articles)} article(s).")

uploads_now = state.session_uploads()
if uploads_now is None:
    st.stop()
if uploads_now.saved:
    st.success(f"Saved {len(uploads_now.articles)} article(s) into {data_dir()}.")
    st.stop()

st.subheader("In this session")
st.dataframe(session_table(uploads_now.articles, uploads_now.extraction), hide_index=True)
st.caption("Every page now includes these articles; open the Network or Excerpts page to explore them.")
left, right = st.columns(2)
if left.button(f"Save into {data_dir().name}/", help="Writes the article files and the updated tables."):
    try:
        save_uploads(data_dir(), state.dataset(), uploads_now.articles)
    except (ArticleError, OSError) as error:
        st.error(f"Not saved: {error}")
    else:
        state.set_uploads(uploads_now.articles, uploads_now.extraction, saved=True)
        st.rerun()
if right.button("Discard uploaded articles"):
    state.set_uploads(None)
    st.rerun()
