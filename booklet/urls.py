from django.urls import path, register_converter

from booklet import publication_views, views


class ExportKind:
    regex = "events|reports|memberships"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class ExportFormat:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportKind, "export_kind")
register_converter(ExportFormat, "export_format")

app_name = "reports"

# A year's booklet pages: (route after the year, view, name). The default network's are
# /reports/<year><route>, another network's /reports/<network>/<year><route>, named
# network_<name> (booklet/links.py).
YEAR_PAGES = [
    ("/", views.report_detail, "detail"),
    (".pdf", views.report_pdf, "pdf"),
    (".csv", views.report_csv, "csv"),
    (".xlsx", views.report_xlsx, "xlsx"),
    ("/publish/", publication_views.publish, "publish"),
    ("/withdraw/", publication_views.withdraw, "withdraw"),
    ("/editions/", publication_views.editions, "editions"),
    ("/editions/<int:number>/", publication_views.edition, "edition"),
    ("/dashboard/", views.dashboard, "dashboard"),
    ("/dashboard/remind/", views.remind, "remind"),
]

urlpatterns = [
    path("", views.report_list, name="list"),
    *[path(f"<int:year>{route}", view, name=name) for route, view, name in YEAR_PAGES],
    path(
        "<int:year>/export/<export_kind:kind>.<export_format:fmt>",
        views.export,
        name="export",
    ),
    *[
        path(f"<slug:network>/<int:year>{route}", view, name=f"network_{name}")
        for route, view, name in YEAR_PAGES
    ],
]
