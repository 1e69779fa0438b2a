import os

INSTALLED_APPS = []
CELERY_RESULT_BACKEND = f"redis://{os.getenv('RESULT_HOST', 'localhost')}:6379/2"
CELERY_BROKER_TRANSPORT_OPTIONS = {'visibility_timeout': int(os.getenv('VISIBILITY', '3600'))}
CELERY_TASK_ACKS_LATE = True
