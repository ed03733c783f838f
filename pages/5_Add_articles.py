"""Add articles: upload files, extract them in a worker process, explore them with the corpus, save only on request."""
import streamlit as st

from extract.corpus import MAX_ARTICLE_CHARS, MAX_BYTES_PER_CHAR, SUPPORTED_SUFFIXES, ArticleError
from views import layout, loading, queries, session
from extract.store import store_dir
from views.datadir import data_dir
from views.extraction_job import CANCELLED, DONE, WAITING, ExtractionJob
from views.markup import md_text
from views.tables import display_table
from views.upload import Upload, save_uploads, session_table

# The largest file extract.corpus accepts (an HTML page), so bigger ones are refused before upload.
MAX_UPLOAD_MB = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR["html"] // 1_000_000
# The running job and the messages about the last batch outlive the run that started them.
JOB_KEY = "upload_job"
MESSAGES_KEY = "upload_messages"
CANCEL_KEY = "upload_cancel_requested"
POLL_SECONDS = 1.0

data, chosen = layout.start_page("Add articles")
layout.read_only_notice([data_dir() / "articles", store_dir(data_dir())], "uploaded articles")
st.title("Add articles")
st.markdown(
    "Upload news articles as **.txt**, **.md** or **.html**. They are read, the actors and relations are "
    "extracted, and every page then shows them together with the corpus **for this session only**. "
    f"Nothing is written to {md_text(data_dir())} until you press *Save*."
)

files = st.file_uploader("Articles", type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES], accept_multiple_files=True,
                         max_upload_size=MAX_UPLOAD_MB)
uploads: list[Upload] = []
if files:
    st.caption("Optional details per file (left empty, they are read from the file when it has them).")
    for number, file in enumerate(files):
        with st.expander(md_text(file.name), expanded=len(files) <= 3):
            columns = st.columns(3)
            outlet = columns[0].text_input("Outlet", key=f"outlet-{number}-{file.file_id}")
            date = columns[1].text_input("Date (YYYY-MM-DD)", key=f"date-{number}-{file.file_id}")
            title = columns[2].text_input("Title", key=f"title-{number}-{file.file_id}")
        uploads.append(Upload(file.name, file.getvalue(), outlet=outlet, date=date, title=title))

running = JOB_KEY in st.session_state
if st.button("Extract", type="primary", disabled=not uploads or running):
    st.session_state[JOB_KEY] = ExtractionJob(uploads, taken_ids=queries.article_ids(loading.bundled_dataset().tables))
    st.session_state[MESSAGES_KEY] = []
    running = True

for show, message in st.session_state.get(MESSAGES_KEY, []):
    show(md_text(message))


@st.fragment(run_every=POLL_SECONDS)
def follow_extraction() -> None:
    """Poll the worker: a progress bar while it runs (and stop it when Cancel was clicked), then the whole page
    again with the results.

    Files the worker refused are reported whatever the outcome; articles are added only when extraction finished.
    """
    job: ExtractionJob = st.session_state[JOB_KEY]
    status = job.poll()
    if not status.finished:
        if status.state == WAITING:
            st.info(md_text(status.text), icon=":material/hourglass_empty:")
        else:
            st.progress(status.fraction, text=md_text(status.text))
        if not st.session_state.pop(CANCEL_KEY, False):
            return
        status = job.cancel()
    del st.session_state[JOB_KEY]
    news = [(st.error, error) for error in (status.read.errors if status.read else ())]
    if status.state == DONE and status.extraction is not None:
        session.set_uploads(status.read.articles, status.extraction)
        news += [(st.error, problem) for problem in status.extraction.problems]
    elif status.state != DONE:
        news.append((st.info if status.state == CANCELLED else st.error, status.message))
    st.session_state[MESSAGES_KEY] = news
    st.rerun()


if running:
    # Outside the fragment, which redraws itself every poll: a button redrawn under the pointer can lose the
    # click. The callback's flag is read by the fragment's next run.
    st.button("Cancel extraction", on_click=st.session_state.__setitem__, args=(CANCEL_KEY, True))
    follow_extraction()

uploads_now = session.session_uploads()
if uploads_now is None:
    st.stop()
if uploads_now.saved:
    st.success(md_text(f"Saved {len(uploads_now.articles)} article(s) into {data_dir()}."))
    st.stop()

st.subheader("In this session")
st.dataframe(display_table(session_table(uploads_now.articles, uploads_now.extraction)), hide_index=True)
st.caption("Every page now includes these articles; open the Network or Excerpts page to explore them.")
left, right = st.columns(2)
if left.button(md_text(f"Save into {data_dir().name}/"), help="Writes the article files and the updated tables."):
    try:
        save_uploads(data_dir(), loading.dataset(), uploads_now.articles)
    except (ArticleError, OSError) as error:
        st.error(md_text(f"Not saved: {error}"))
    else:
        session.set_uploads(uploads_now.articles, uploads_now.extraction, saved=True)
        st.session_state.pop(MESSAGES_KEY, None)
        st.rerun()
if right.button("Discard uploaded articles"):
    session.set_uploads(None)
    st.session_state.pop(MESSAGES_KEY, None)
    st.rerun()
