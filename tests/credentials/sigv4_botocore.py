#!/usr/bin/python3
"""Signs one request with botocore's SigV4 signer, as an independent check of the console's own.

Usage: sigv4_botocore.py METHOD URL REGION SERVICE TIMESTAMP [Header: value ...] < body
Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. TIMESTAMP is
YYYYMMDDTHHMMSSZ. Prints the signed headers as JSON.
"""
import datetime
import json
import os
import sys
from unittest import mock

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def main():
    method, url, region, service, stamp = sys.argv[1:6]
    headers = dict(h.split(": ", 1) for h in sys.argv[6:])
    body = sys.stdin.buffer.read()
    credentials = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"],
                              os.environ.get("AWS_SESSION_TOKEN") or None)
    request = AWSRequest(method=method, url=url, data=body, headers=headers)
    fixed = datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
    # Newer botocore reads the time through get_current_datetime(), older through datetime directly.
    import botocore.auth
    if hasattr(botocore.auth, "get_current_datetime"):
        with mock.patch("botocore.auth.get_current_datetime", return_value=fixed):
            SigV4Auth(credentials, service, region).add_auth(request)
    else:
        with mock.patch("botocore.auth.datetime") as clock:
            clock.datetime.utcnow.return_value = fixed
            SigV4Auth(credentials, service, region).add_auth(request)
    print(json.dumps(dict(request.headers.items())))


if __name__ == "__main__":
    main()
