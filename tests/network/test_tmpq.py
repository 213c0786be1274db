import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
@pytest.mark.django_db
def test_q(demo, client):
    client.get("/network/join/")
    with CaptureQueriesContext(connection) as c:
        client.get("/network/join/")
    for q in c.captured_queries: print(q["sql"][:150])
