import os


class Config:
    SECRET_KEY = os.getenv('SECRET_KEY', 'dev')
    CELERY_BROKER_URL = os.getenv('CELERY_BROKER_URL', 'redis://localhost:6379/0')
    CELERY_RESULT_BACKEND = 'sentinel://s1:26379;s2:26379'
