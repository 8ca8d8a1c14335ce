"""Language-aware PostgreSQL search: each page is indexed with its own locale's stemming plus an unstemmed copy, and
queried with the active language's rules (DESIGN.md, "Search").

Several stock database backends with different SEARCH_CONFIGs share one index table and overwrite each other (Wagtail
issue #9253), so this is one backend that picks the configuration per object and per query. Selected in settings when
the database is PostgreSQL and no Elasticsearch is configured; SQLite (FTS5, no stemming) keeps the stock one.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value
from django.db.models.sql.subqueries import InsertQuery

from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import ADD, get_content_type_pk

from home.locales import active_language

UNSTEMMED = "simple"
# PostgreSQL's built-in text search configurations for our languages; others fall back to the unstemmed one.
CONFIGS = {"en": "english", "de": "german", "es": "spanish", "pt": "portuguese"}


def config_for(language_code: str | None) -> str:
    return CONFIGS.get((language_code or "").split("-")[0], UNSTEMMED)


def language_of(obj) -> str:
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


class LanguageAwareObjectIndexer(ObjectIndexer):
    """Every text twice: stemmed by the object's language, and unstemmed."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.config = config_for(language_of(obj))

    def as_vector(self, texts, for_autocomplete=False):
        if for_autocomplete:
            return super().as_vector(texts, for_autocomplete=True)
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return EMPTY_VECTOR
        configs = [self.config] if self.config == UNSTEMMED else [self.config, UNSTEMMED]
        return ADD(
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for text, weight in texts
                for config in configs
            ]
        )


class LanguageAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The stock add_items hard-codes its ObjectIndexer; this is the same statement with ours.
        if not model.get_search_fields():
            return
        indexers = [LanguageAwareObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            parts = []
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(field_name), getattr(indexer, field_name))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                parts.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {parts[0]}, {parts[1]}, {parts[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
    """Queries with the active language's stemming, or the unstemmed words."""

    def get_config(self, backend):
        return config_for(active_language())

    def build_tsquery(self, query, config=None):
        stemmed = super().build_tsquery(query, config=config)
        if config == UNSTEMMED:
            return stemmed
        return stemmed | super().build_tsquery(query, config=UNSTEMMED)


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageAwareQueryCompiler
    index_class = LanguageAwareIndex


SearchBackend = LanguageAwarePostgresSearchBackend
