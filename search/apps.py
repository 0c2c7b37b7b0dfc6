from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("サイト内検索")

    def ready(self):
        from search import registry

        registry.discover()  # every app's search_documents module registers its models
