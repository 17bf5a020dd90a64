"""The extraction records a bench script reads: from a saved `vnpolicy extract` JSONL file, or
from running the project's build on a corpus folder (niced, one record per line as it comes)."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def records(extract_path, corpus):
    if extract_path:
        with open(extract_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
        return
    cmd = ["nice", os.path.join(ROOT, "build", "vnpolicy"), "extract", corpus]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8") as p:
        for line in p.stdout:
            if line.strip():
                yield json.loads(line)
