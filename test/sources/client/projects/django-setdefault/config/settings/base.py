INSTALLED_APPS = ['django.contrib.admin']
CELERY_BROKER_URL = 'redis://base:6379/0'
CELERY_BROKER_TRANSPORT_OPTIONS = {'visibility_timeout': 3600}
