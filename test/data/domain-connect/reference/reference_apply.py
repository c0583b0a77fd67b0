"""What both reference scripts do with one case: apply a template with Domain Connect's reference
implementation (DomainConnectApplyZone) and keep its answer, or the error it raised. The caller
puts the library's checkout on sys.path first."""
import json


def strip_internal(records):
    # Flags of the library's own bookkeeping (_delete, _replace, _dc) are not records' data.
    return [{k: v for k, v in r.items() if not k.startswith('_')} for r in records]


def apply_case(template, zone, domain, host, params, groups, outcome):
    """Fills `outcome` with the records the reference adds and deletes, or with its refusal."""
    from domainconnectzone import DomainConnect
    try:
        # redir_template_records=[]: the library refuses any template holding REDIR records
        # without it, even when their group is not applied (zoho.com.zmail_hosting).
        dc = DomainConnect(template=template, redir_template_records=[])
        new, deleted, _final = dc.apply_template(
            json.loads(json.dumps(zone)), domain, host, dict(params),
            group_ids=groups, ignore_signature=True)
        outcome['new'] = strip_internal(new)
        outcome['deleted'] = strip_internal(deleted)
    except Exception as error:  # the library raises for templates it refuses
        outcome['error'] = type(error).__name__
        outcome['message'] = str(error)
    return outcome
