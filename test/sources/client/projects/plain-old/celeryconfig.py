import os

BROKER_URL = os.getenv('BROKER', 'sentinel://localhost:26379;localhost:26380/2')
CELERY_RESULT_BACKEND = 'redis://localhost:6379/1'
BROKER_TRANSPORT_OPTIONS = {'master_name': 'mymaster', 'visibility_timeout': 3600}
CELERY_ACKS_LATE = True
CELERYD_PREFETCH_MULTIPLIER = 8
task_soft_time_limit = 7200
if os.getenv('FAST'):
    CELERYD_TASK_TIME_LIMIT = 30
