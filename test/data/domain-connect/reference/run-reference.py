#!/usr/bin/python3
"""Runs Domain Connect's reference implementation (DomainConnectApplyZone) once on every case of
cases.json and writes what it answers to outputs.json. Our tests compare our application with
that file; CI has no network and never runs this script (see ../README.md for the exact command).

Usage: run-reference.py <checkout of Domain-Connect/DomainConnectApplyZone> [cases.json] [outputs.json]
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, sys.argv[1])
from domainconnectzone import DomainConnect  # noqa: E402  (path set just above)

cases_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'cases.json')
outputs_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, 'outputs.json')
with open(cases_path) as f:
    cases = json.load(f)
domain = cases['domain']


def strip_internal(records):
    # Flags of the library's own bookkeeping (_delete, _replace, _dc) are not records' data.
    return [{k: v for k, v in r.items() if not k.startswith('_')} for r in records]


results = []
for entry in cases['templates']:
    with open(os.path.join(here, '..', 'templates', entry['file'])) as f:
        template = json.load(f)
    for case in entry['cases']:
        for host in cases['hosts']:
            for zone_name, zone in cases['zones'].items():
                # redir_template_records=[]: the library refuses any template holding REDIR
                # records without it, even when their group is not applied (zoho.com.zmail_hosting).
                dc = DomainConnect(template=template, redir_template_records=[])
                outcome = {'template': entry['file'], 'label': case['label'], 'host': host, 'zone': zone_name,
                           'params': case['params'], 'groups': case.get('groups')}
                try:
                    new, deleted, final = dc.apply_template(
                        json.loads(json.dumps(zone)), domain, host, dict(case['params']),
                        group_ids=case.get('groups'), ignore_signature=True)
                    outcome['new'] = strip_internal(new)
                    outcome['deleted'] = strip_internal(deleted)
                except Exception as error:  # the library raises for templates it refuses
                    outcome['error'] = type(error).__name__
                    outcome['message'] = str(error)
                results.append(outcome)

with open(outputs_path, 'w') as f:
    json.dump({'domain': domain, 'results': results}, f, indent=1, sort_keys=True)
    f.write('\n')
print('%d results written to %s' % (len(results), outputs_path))
