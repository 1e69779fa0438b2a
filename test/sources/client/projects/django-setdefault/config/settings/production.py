import os

from .base import *

CELERY_BROKER_URL = 'sentinel://s1:26379;sentinel://s2:26379'
CELERY_BROKER_TRANSPORT_OPTIONS = {'visibility_timeout': 3600}
CELERY_BROKER_TRANSPORT_OPTIONS['master_name'] = 'mymaster'
CELERY_BROKER_TRANSPORT_OPTIONS.update({'visibility_timeout': 7200}, socket_timeout=1)
CELERY_TASK_ROUTES = {}
if os.getenv('SLOW'):
    CELERY_TASK_ROUTES['slow.*'] = {'queue': 'slow'}
