"""Infrastructure with no domain, shared by every app and importing none of them.

- `images`, `stored_files`: safe image uploads and the files' names and lifetimes;
- `versioning`, `admin_forms`: optimistic concurrency (a stale save is refused);
- `sections`: registries through which higher apps add sections to lower apps' pages;
- `signals`: `data_changed`, for writes that send no model signal;
- `env`: typed readers of the environment for settings;
- `fiscal_year`: the April–March year and the range of years the portal knows.
"""
