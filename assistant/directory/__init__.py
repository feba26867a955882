"""The council's directory of local services (Open Referral UK), read into a snapshot.

council's feed (KT_DIRECTORY_URL), or the fictional Fernvale sample (server.py)
    │  HTTP: GET /, GET /services?page=&per_page= to the last page, GET /services/{id}
    ▼
client.py   polite reader: timeout, retries that end, a user agent, a few requests a second
oruk.py     our validator of the Open Referral UK profile: a bad record is skipped, counted
convert.py  records -> the planner's snapshot shape (planner.directory.Directory)
store.py    snapshots and sync attempts in the gateway's database (models.py, migration 0005)
sync.py     sync once, or every KT_DIRECTORY_SYNC_HOURS; a feed that is down keeps the last
gaps.py     anonymised counts of needs and dreams with nothing local

python -m assistant.directory sync | snapshot | gaps     (docs/DIRECTORY.md)
"""
