"""Add articles: upload files (with a sources.csv or a pasted table for their metadata), extract them in a worker
process, explore them with the corpus, save only on request; until then they are kept as a draft on disk."""
import streamlit as st

from extract.corpus import MAX_ARTICLE_CHARS, MAX_BYTES_PER_CHAR, SUPPORTED_SUFFIXES, ArticleError
from views import layout, loading, queries, session
from extract.store import store_dir
from views.datadir import data_dir
from views.extraction_job import CANCELLED, DONE, WAITING, ExtractionJob
from views.markup import md_text
from views.tables import display_table
from views.drafts import discard_draft, list_drafts
from views.upload import (TABLE_FIELDS, Upload, is_table, merge_tables, pasted_metadata_table, read_metadata_table,
                          save_uploads, session_table, with_table)

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
    "Upload news articles as **.txt**, **.md** or **.html**, with a **sources.csv** for their metadata if you have "
    "one. They are read, the actors and relations are extracted, and every page then shows them together with the "
    f"corpus. Nothing is written to the corpus in {md_text(data_dir())} until you press *Save*; until then the "
    "articles are kept as a draft, so a reload does not lose them."
)

files = st.file_uploader("Articles, and a sources.csv for their metadata",
                         type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES] + ["csv"], accept_multiple_files=True,
                         max_upload_size=MAX_UPLOAD_MB,
                         help="A .csv is read as a sources.csv (columns article_id, outlet, author, date, title, url, "
                              "notes; article_id is the file name without its extension), not as an article.")
with st.expander("Or paste the metadata as a table"):
    pasted = st.text_area("Metadata table", key="pasted_metadata", height=120,
                          placeholder="article_id\toutlet\tdate\ttitle\nmy-article\tReuters\t2020-06-14\tA title",
                          help="Rows copied from a spreadsheet (tab-separated) or CSV, with a header line naming the "
                               "columns as in sources.csv.")
tables, table_errors = [], []
for file in [f for f in files or [] if is_table(f.name)]:
    try:
        tables.append(read_metadata_table(file.name, file.getvalue()))
    except ArticleError as error:
        table_errors.append(str(error))
try:
    tables.append(pasted_metadata_table(pasted))
except ArticleError as error:
    table_errors.append(str(error))
metadata = merge_tables(tables)
for problem in [*table_errors, *metadata.problems]:
    st.warning(md_text(f"{problem} The metadata of that table is not used; the articles can still be extracted."
                       if problem in table_errors else problem))

article_files = [f for f in files or [] if not is_table(f.name)]
uploads: list[Upload] = []
if article_files:
    st.caption("Optional details per file: typed here, they win over the table; left empty, they come from the "
               "table, or from the file when it has them.")
    matched = 0
    for number, file in enumerate(article_files):
        found = metadata.for_file(file.name)
        matched += bool(found)
        with st.expander(md_text(file.name), expanded=len(article_files) <= 3 and not found):
            columns = st.columns(3)
            outlet = columns[0].text_input("Outlet", key=f"outlet-{number}-{file.file_id}")
            date = columns[1].text_input("Date (YYYY-MM-DD)", key=f"date-{number}-{file.file_id}")
            title = columns[2].text_input("Title", key=f"title-{number}-{file.file_id}")
            if found:
                st.caption(md_text("From the table: " + " · ".join(f"{k} {found[k]}" for k in TABLE_FIELDS if k in found)))
        uploads.append(with_table(Upload(file.name, file.getvalue(), outlet=outlet, date=date, title=title), metadata))
    if metadata.rows:
        st.caption(f"The table gives metadata for {matched} of the {len(article_files)} file(s)"
                   + (" (its article_id must be the file name without its extension)." if matched < len(article_files) else "."))
elif files:
    st.info("Only a table was uploaded: add the article files it describes.")

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
        unkept = session.set_uploads(status.read.articles, status.extraction)
        news += [(st.warning, unkept)] if unkept else []
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
others, unreadable_drafts = list_drafts(data_dir())
others = [d for d in others if uploads_now is None or d.upload_id != uploads_now.upload_id]
for problem in unreadable_drafts:
    st.warning(md_text(problem))
if others:
    st.subheader("Other unsaved uploads")
    st.caption("Drafts kept on disk from other sessions or tabs. Take one up to explore or save it; the uploads of "
               "this session, if any, stay kept as a draft.")
    for draft in others:
        row = st.columns([4, 1, 1])
        row[0].markdown(md_text(f"{len(draft.articles)} article(s), kept since {draft.created}: "
                                + ", ".join(a.article_id for a in draft.articles[:5])
                                + (" …" if len(draft.articles) > 5 else "")))
        if row[1].button("Take up", key=f"take-{draft.upload_id}"):
            session.take_up_draft(draft.upload_id)
            st.rerun()
        if row[2].button("Discard", key=f"discard-{draft.upload_id}"):
            discard_draft(data_dir(), draft.upload_id)
            st.rerun()
if uploads_now is None:
    st.stop()
if uploads_now.saved:
    st.success(md_text(f"Saved {len(uploads_now.articles)} article(s) into {data_dir()}, with the tables "
                       "(and relations.csv, actors.csv, mentions.csv where the folder has them)."))
    st.stop()

st.subheader("In this session (not saved yet)")
st.dataframe(display_table(session_table(uploads_now.articles, uploads_now.extraction)), hide_index=True)
st.caption("Every page now includes these articles; open the Network or Excerpts page to explore them. They are "
           "kept as a draft on disk until you save or discard them, so a reload finds them again.")
left, right = st.columns(2)
if left.button(md_text(f"Save into {data_dir().name}/"), type="primary",
               help="Writes the article files, sources.csv, the tables, and the CSV copies of the tables."):
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
