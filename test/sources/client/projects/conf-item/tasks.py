from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
app.conf.broker_transport_options['master_name'] = 'mymaster'
app.conf.result_backend_transport_options['retry_policy'] = {'timeout': 5.0}
app.conf.task_routes['x'] = 'y'
