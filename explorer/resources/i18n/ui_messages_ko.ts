<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>depth</source>
        <translation>깊이 L</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>growth_rate</source>
        <translation>성장률 k</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>compression</source>
        <translation>압축률 θ</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>bottleneck</source>
        <translation>병목</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>bn_size</source>
        <translation>병목 너비</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>block_layers</source>
        <translation>블록별 층 수</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>init_features</source>
        <translation>초기 특징 맵 k₀</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>stem</source>
        <translation>스템</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>input_size</source>
        <translation>입력 크기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>num_classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>drop_rate</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>in_channels</source>
        <translation>입력 채널</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>num_blocks</source>
        <translation>블록 수</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>shortcut</source>
        <translation>숏컷</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>survival_last</source>
        <translation>마지막 유닛의 생존 확률 p_L</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>widen_factor</source>
        <translation>너비 배수 k</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>columns</source>
        <translation>열 수 C</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>drop_path</source>
        <translation>지역 드롭패스</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>global_paths</source>
        <translation>전역 드롭패스</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>config</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>family</source>
        <translation>계열</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>networks</source>
        <translation>네트워크 목록</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>pattern</source>
        <translation>연결 패턴</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>top_k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>classes</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>pretrained</source>
        <translation>사전 학습 가중치</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>batch_size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>eval_batch_size</source>
        <translation>평가 배치 크기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>lr_decay</source>
        <translation>학습률 감소</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>nesterov</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>weight_decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>schedule</source>
        <translation>학습률 일정</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>val_fraction</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>max_batches</source>
        <translation>에포크당 최대 배치</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>augment</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>memory_efficient</source>
        <translation>메모리 효율 모드</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>{field} = {value}: {message}</source>
        <translation>{field} = {value}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>{field} = {value}: {message} (valid: {valid})</source>
        <translation>{field} = {value}: {message} (가능한 값: {valid})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Out of memory: {error}. Reduce the batch size, the depth or the growth rate k.</source>
        <translation>메모리가 부족합니다: {error}. 배치 크기, 깊이 또는 성장률 k를 줄이세요.</translation>
    </message>
</context>
</TS>
