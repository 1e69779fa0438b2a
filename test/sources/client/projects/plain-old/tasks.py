from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
app.conf.update(CELERYD_PREFETCH_MULTIPLIER=1)
