<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="51"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="275"/>
        <source>Training not started: estimated {t}</source>
        <translation>학습을 시작하지 않았습니다: 예상 시간 {t}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="339"/>
        <source>Training resumed</source>
        <translation>학습을 재개했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="342"/>
        <source>Training paused (between batches)</source>
        <translation>학습을 일시정지했습니다 (배치 사이에서)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/training_panel.py" line="468"/>
        <source>Loaded {p}: {n} epochs</source>
        <translation>{p}을(를) 불러왔습니다: {n} 에포크</translation>
    </message>
</context>
</TS>
