#!/usr/bin/env python3
"""Makes the customers the HTTP load benchmark pays between, through the API itself.

Usage: benchmarks/http-users.py BASE_URL ADMIN_EMAIL ADMIN_PASSWORD COUNT OUT_FILE

Registers COUNT customers (POST /users), has the admin deposit 1,000,000.00 into each one's first
account (POST /accounts/{id}/deposits), logs each one in (POST /login) and writes one line per
customer to OUT_FILE: "<customer id> <access token>", which benchmarks/http-load.lua reads. The
tokens live an hour (the API's token lifetime); run this again for a longer session.
"""
import json
import secrets
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, admin_email, admin_password, count, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]


def call(method, path, body, token=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                     headers={'Content-Type': 'application/json'})
    if token:
        request.add_header('Authorization', 'Bearer ' + token)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def login(email, password):
    return call('POST', '/login', {'username': email, 'password': password})['access_token']


admin = login(admin_email, admin_password)
run = secrets.token_hex(4)


def customer(n):
    email = f'load-{run}-{n}@example.com'
    # A random phrase of 24 hex digits passes the password policy; it is used once, here.
    password = secrets.token_hex(12)
    user = call('POST', '/users', {'name': f'Load Customer {n}', 'email': email, 'password': password})
    call('POST', f"/accounts/{user['accounts'][0]['id']}/deposits", {'amount': '1000000.00'}, admin)
    return f"{user['id']} {login(email, password)}"


with ThreadPoolExecutor(4) as pool:
    lines = list(pool.map(customer, range(count)))
with open(out, 'w') as file:
    file.write('\n'.join(lines) + '\n')
print(f'{count} customers, funded and logged in: {out}')
