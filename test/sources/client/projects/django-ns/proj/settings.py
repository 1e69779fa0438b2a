import os
from .base import *

DEBUG = False
CELERY_BROKER_URL = os.getenv('REDIS_SENTINELS', 'sentinel://s1:26379;s2:26379')
CELERY_BROKER_TRANSPORT_OPTIONS = {'master_name': os.environ.get('MASTER_NAME', 'mymaster'), 'visibility_timeout': 7200}
BROKER_TRANSPORT_OPTIONS = {'master_name': 'ignored'}
CELERY_RESULT_BACKEND = f"redis://:{os.environ['REDIS_PASSWORD']}@redis:6379/1"
celery_task_time_limit = 10
