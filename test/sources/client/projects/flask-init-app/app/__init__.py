from celery import Celery, Task
from flask import Flask


def celery_init_app(app: Flask) -> Celery:
    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config['CELERY'])
    celery_app.set_default()
    app.extensions['celery'] = celery_app
    return celery_app


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        CELERY=dict(
            broker_url='sentinel://s1:26379;sentinel://s2:26379',
            broker_transport_options={'master_name': 'mymaster'},
            task_ignore_result=True,
        ),
    )
    app.config['SECRET_KEY'] = 'dev'
    celery_init_app(app)
    return app
