"""Prometheus metrics: requests by route, search and brief latency, profiles, index lag.

Each app has its own registry, so several apps in one process (tests) never collide. The
route label is the route's template ("/api/profiles/{profile_id}"), never the raw path,
so the number of series stays bounded.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Metrics", "MetricsMiddleware", "route_template"]

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("matcher_http_requests", "HTTP requests answered",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("matcher_http_request_duration_seconds", "HTTP request latency",
                                 ["method", "route"], buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.search_latency = Histogram("matcher_search_duration_seconds", "Time to rank one search",
                                        buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.brief_latency = Histogram("matcher_brief_match_duration_seconds",
                                       "Time to parse and match one brief into a crew sheet",
                                       buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.profiles = Gauge("matcher_profiles", "Profiles held", ["where"], registry=self.registry)
        self.index_lag = Gauge("matcher_index_lag_changes",
                               "Database's latest change number minus the index's", registry=self.registry)

    def render(self, profiles_in_database: int, profiles_in_index: int, lag: int) -> bytes:
        """The text exposition format, with the gauges read just now."""
        self.profiles.labels("database").set(profiles_in_database)
        self.profiles.labels("index").set(profiles_in_index)
        self.index_lag.set(lag)
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts and times every HTTP request by method, route template and status."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = route_template(scope)
            self.metrics.requests.labels(scope["method"], route, str(status)).inc()
            self.metrics.latency.labels(scope["method"], route).observe(time.perf_counter() - started)


def route_template(scope: Scope) -> str:
    """'/api/profiles/{profile_id}' for '/api/profiles/fl-0001': the path with its parameters
    put back as names (read from the request, so it holds however routers were included)."""
    if scope["path"].startswith("/static/"):
        return "/static"
    if scope.get("route") is None:
        return "unmatched"
    segments = scope["path"].split("/")
    for name, value in (scope.get("path_params") or {}).items():
        for i in range(len(segments) - 1, -1, -1):
            if segments[i] == str(value):
                segments[i] = "{" + name + "}"
                break
    return "/".join(segments)
