from django.urls import path, register_converter

from booklet import views


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
urlpatterns = [
    path("", views.report_list, name="list"),
    path("<int:year>/", views.report_detail, name="detail"),
    path("<int:year>.pdf", views.report_pdf, name="pdf"),
    path("<int:year>.csv", views.report_csv, name="csv"),
    path("<int:year>.xlsx", views.report_xlsx, name="xlsx"),
    path("<int:year>/publish/", views.publish, name="publish"),
    path("<int:year>/dashboard/", views.dashboard, name="dashboard"),
    path("<int:year>/dashboard/remind/", views.remind, name="remind"),
    path(
        "<int:year>/export/<export_kind:kind>.<export_format:fmt>",
        views.export,
        name="export",
    ),
]
