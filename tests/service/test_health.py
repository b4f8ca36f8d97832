"""Health and Prometheus metrics, and errors that never leak a stack trace."""

from __future__ import annotations

import threading

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from service.errors import install_error_handlers
from tests.service_fixtures import free_port


def test_health_reports_database_index_and_encoder(service):
    health = service.client("public").get("/api/health").json()
    assert health["status"] == "ok" and health["database"] == service.database.kind
    assert health["profiles_in_database"] >= 215
    assert health["profiles_in_index"] == health["profiles_in_database"]
    assert health["change_seq"] == health["database_change_seq"] and health["index_lag"] == 0
    assert health["encoder"] == "all-MiniLM-L6-v2 (onnx)"


def test_metrics_count_requests_by_route_and_time_searches_and_briefs(service):
    client = service.client("public")
    client.post("/api/search", json={"text": "sound recordist"})
    client.post("/api/briefs/match", json={"text": "We need a sound recordist in Stoke next week"})
    client.get("/api/profiles/no-such-profile")
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(response.text) for s in family.samples}

    def value(name, **labels):
        return samples.get((name, tuple(sorted(labels.items()))))

    assert value("matcher_http_requests_total", method="POST", route="/api/search", status="200") >= 1
    assert value("matcher_http_requests_total", method="GET", route="/api/profiles/{profile_id}", status="404") >= 1
    assert value("matcher_http_request_duration_seconds_count", method="POST", route="/api/search") >= 1
    assert value("matcher_search_duration_seconds_count") >= 1
    assert value("matcher_brief_match_duration_seconds_count") >= 1
    health = client.get("/api/health").json()
    assert value("matcher_profiles", where="database") == health["profiles_in_database"]
    assert value("matcher_profiles", where="index") == health["profiles_in_index"]
    assert value("matcher_index_lag_changes") == 0


@pytest.mark.parametrize("method,path,status,detail", [
    ("GET", "/api/nothing-here", 404, "nothing at /api/nothing-here"),
    ("PATCH", "/api/search", 405, "PATCH is not allowed on /api/search"),
])
def test_unknown_paths_and_methods_answer_in_a_sentence(service, method, path, status, detail):
    response = service.client("public").request(method, path)
    assert response.status_code == status and response.json() == {"detail": detail}


def test_the_api_documents_itself(service):
    assert service.client("public").get("/docs").status_code == 200
    schema = service.client("public").get("/openapi.json").json()
    documented = {"/api/search", "/api/briefs/match", "/api/profiles/import",
                  "/api/shortlists/{shortlist_id}/export.csv"}
    assert documented <= set(schema["paths"])


@pytest.fixture(scope="module")
def failing_server():
    """A real uvicorn server with the service's error handlers and a route that breaks."""
    import uvicorn

    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom():
        raise RuntimeError("password=hunter2 in /srv/secret/config.py")

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join()


def test_an_unexpected_error_is_a_plain_500_without_a_trace(failing_server):
    response = httpx.get(f"{failing_server}/boom")
    assert response.status_code == 500
    assert response.json() == {"detail": "something went wrong on our side; it has been logged"}
    assert "hunter2" not in response.text and "Traceback" not in response.text


def test_health_reports_the_encoder_backend_and_dense_index_the_engine_really_uses(tmp_path):
    """MATCHER_ENCODER_BACKEND used to be reported by /api/health and ignored by the engine."""
    from tests.service_fixtures import fresh_database, make_service

    running = make_service(tmp_path, fresh_database("sqlite"), [],
                           env={"MATCHER_ENCODER_BACKEND": "hashing", "MATCHER_DENSE_INDEX": "ivf"})
    try:
        health = running.client("public").get("/api/health").json()
        assert health["encoder"] == "all-MiniLM-L6-v2 (hashing)" and health["dense_index"] == "ivf"
    finally:
        running.close()
        running.server.stop()
