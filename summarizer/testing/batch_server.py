"""A loopback implementation of OpenAI's Files and Batches endpoints, for tests.

It follows the documented behaviour: a file uploaded with purpose ``batch``; a batch that
moves ``validating`` -> ``in_progress`` -> ``finalizing`` -> ``completed`` (one step each
time it is read), or ends ``failed`` (bad input, nothing run), ``expired`` or ``cancelled``
(what was done is in the output file, the rest in the error file with ``batch_expired`` /
``batch_cancelled``); per-request errors in the error file. Replies come from a responder,
as in ``ScriptedServer``; ``/v1/chat/completions`` answers synchronous calls with it too.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Request, UploadFile
from fastapi.responses import Response

from summarizer.testing.openai_server import Reply, completion_for

Responder = Callable[[dict[str, Any]], Reply]


@dataclass
class BatchScript:
    """How the next batch goes: its end, how many requests are done before an expiry or
    a cancel, and which requests fail (by a predicate on the request body)."""

    end: str = "completed"  # completed, failed, expired
    done_before_end: int | None = None  # for expired/cancelled: requests answered first
    fails: Callable[[dict[str, Any]], bool] = lambda body: False
    # Rewrites a request's output or error line (given the request body), as a broken or
    # hostile batch endpoint might write it.
    rewrite: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] = lambda body, line: line


@dataclass
class _Batch:
    id: str
    input_file_id: str
    script: BatchScript
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: {"total": 0, "completed": 0, "failed": 0})
    created_at: int = field(default_factory=lambda: int(time.time()))

    def as_dict(self) -> dict[str, Any]:
        errors = None
        if self.status == "failed":
            errors = {"object": "list", "data": [{"code": "invalid_request", "message": "scripted failure"}]}
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "errors": errors,
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "request_counts": self.counts,
            "metadata": {},
        }


class BatchServer:
    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.scripts: list[BatchScript] = []  # taken in order by the batches created
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, _Batch] = {}
        self.answered: list[dict[str, Any]] = []  # every request body replied to
        self._lock = threading.Lock()
        self._server: Any = None
        self.base_url = ""

    def _file(self, content: bytes) -> str:
        file_id = f"file-{secrets.token_hex(8)}"
        self.files[file_id] = content
        return file_id

    def _advance(self, batch: _Batch) -> None:
        step = {"validating": "in_progress", "in_progress": "finalizing", "finalizing": "completed"}
        if batch.status == "validating" and batch.script.end == "failed":
            batch.status = "failed"
            return
        if batch.status == "in_progress" and batch.script.end == "expired":
            self._run(batch, "expired", "batch_expired")
            return
        if batch.status == "cancelling":
            self._run(batch, "cancelled", "batch_cancelled")
            return
        if batch.status in step:
            batch.status = step[batch.status]
            if batch.status == "completed":
                self._run(batch, "completed", "")

    def _run(self, batch: _Batch, end: str, unfinished_code: str) -> None:
        lines = [json.loads(line) for line in self.files[batch.input_file_id].decode().splitlines() if line]
        limit = len(lines) if end == "completed" else (batch.script.done_before_end or 0)
        outputs, errors = [], []
        for number, line in enumerate(lines):
            custom_id, body = line["custom_id"], line["body"]
            if number >= limit:
                errors.append(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": custom_id,
                        "response": None,
                        "error": {
                            "code": unfinished_code,
                            "message": f"This request could not be executed ({end}).",
                        },
                    }
                )
            elif batch.script.fails(body):
                error_body = {"error": {"message": "scripted request failure", "type": "server_error"}}
                errors.append(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": custom_id,
                        "response": {"status_code": 500, "request_id": "r", "body": error_body},
                        "error": None,
                    }
                )
            else:
                self.answered.append(body)
                reply = completion_for(body, self.responder(body))
                outputs.append(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": custom_id,
                        "response": {"status_code": 200, "request_id": "r", "body": reply},
                        "error": None,
                    }
                )
        bodies = {line["custom_id"]: line["body"] for line in lines}
        outputs = [batch.script.rewrite(bodies[o["custom_id"]], o) for o in outputs]
        errors = [batch.script.rewrite(bodies[e["custom_id"]], e) for e in errors]
        batch.counts = {"total": len(lines), "completed": len(outputs), "failed": len(errors)}
        if outputs:
            batch.output_file_id = self._file(("\n".join(json.dumps(o) for o in outputs) + "\n").encode())
        if errors:
            batch.error_file_id = self._file(("\n".join(json.dumps(e) for e in errors) + "\n").encode())
        batch.status = end

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/files")
        async def upload(file: UploadFile, purpose: str = Form(...)) -> dict[str, Any]:
            if purpose != "batch":
                raise HTTPException(400, "purpose must be batch")
            content = await file.read()
            with self._lock:
                file_id = self._file(content)
            return {
                "id": file_id,
                "object": "file",
                "bytes": len(content),
                "created_at": int(time.time()),
                "filename": file.filename,
                "purpose": "batch",
                "status": "processed",
            }

        @app.get("/v1/files/{file_id}/content")
        def content(file_id: str) -> Response:
            if file_id not in self.files:
                raise HTTPException(404, "no such file")
            return Response(self.files[file_id], media_type="application/octet-stream")

        @app.post("/v1/batches")
        async def create(request: Request) -> dict[str, Any]:
            given = await request.json()
            if (
                given.get("input_file_id") not in self.files
                or given.get("endpoint") != "/v1/chat/completions"
            ):
                raise HTTPException(400, "bad input file or endpoint")
            with self._lock:
                script = self.scripts.pop(0) if self.scripts else BatchScript()
                batch = _Batch(f"batch_{secrets.token_hex(6)}", given["input_file_id"], script)
                batch.counts["total"] = len(self.files[batch.input_file_id].splitlines())
                self.batches[batch.id] = batch
            return batch.as_dict()

        @app.get("/v1/batches/{batch_id}")
        def retrieve(batch_id: str) -> dict[str, Any]:
            with self._lock:
                batch = self.batches.get(batch_id)
                if batch is None:
                    raise HTTPException(404, "no such batch")
                self._advance(batch)
                return batch.as_dict()

        @app.post("/v1/batches/{batch_id}/cancel")
        def cancel(batch_id: str) -> dict[str, Any]:
            with self._lock:
                batch = self.batches[batch_id]
                if batch.status in ("validating", "in_progress", "finalizing"):
                    batch.status = "cancelling"
                return batch.as_dict()

        @app.get("/v1/models")
        def models() -> dict[str, Any]:
            return {"object": "list", "data": [{"id": "batch-model", "object": "model"}]}

        @app.post("/v1/chat/completions")
        async def complete(request: Request) -> dict[str, Any]:
            body = await request.json()
            with self._lock:
                self.answered.append(body)
            return completion_for(body, self.responder(body))

        return app


@contextmanager
def batch_server(responder: Responder) -> Iterator[BatchServer]:
    """The server on a free loopback port, in a thread, until the block ends."""
    from summarizer.testing.asgi import serve_in_thread

    server = BatchServer(responder)
    with serve_in_thread(server.app()) as url:
        server.base_url = f"{url}/v1"
        yield server
